/**
 * The panel's place in the page: a <legible-panel> host, last child of <html>, with a
 * closed shadow root holding the panel's styles and the element Preact draws into. In
 * place of WXT's createShadowRootUi, whose anchors, auto-mount and helper libraries
 * (4.4 KiB gzipped) the panel never used; what it gave the panel is all here:
 * - a closed root: the page's scripts get null for host.shadowRoot, and only this
 *   object holds the root;
 * - `:host { all: initial }` before the panel's own CSS: nothing the page sets on
 *   elements in general, or on this tag, is inherited inside (its `!important` in the
 *   page loses to the root's own `!important`);
 * - the host is in the document only between show() and remove().
 * The root exists from the start, so that its guard (trusted-events.ts) is in place
 * before anything is drawn in it.
 */

/** First, as WXT's root had it: the page's inherited styles stop at the host. */
const HOST_RESET = ':host { all: initial !important; }';

export class PanelRoot {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the panel is drawn. */
  readonly container: HTMLElement;

  constructor(
    private readonly doc: Document,
    tag: string,
    css: string,
  ) {
    this.host = doc.createElement(tag);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${HOST_RESET}\n${css}`;
    this.container = doc.createElement('div');
    this.shadow.append(style, this.container);
  }

  show(): void {
    this.doc.documentElement.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }
}
