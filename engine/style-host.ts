/**
 * Legible's stylesheets in one document or open shadow root: the presentation sheet
 * and the metrics sheet (see page-css.ts). The metrics sheet can be switched off for an
 * instant, to measure the page's own styles; both are put back if a page script
 * removes them.
 */
import type { PageCss } from '@/engine/page-css';

export type StyleRoot = Document | ShadowRoot;

/** By node type rather than instanceof, which depends on the realm the root came from. */
function isDocument(root: StyleRoot): root is Document {
  return root.nodeType === Node.DOCUMENT_NODE;
}

class Sheet {
  private element: HTMLStyleElement | null = null;

  constructor(private readonly root: StyleRoot) {}

  set(css: string): void {
    if (!css) {
      this.remove();
      return;
    }
    const doc = isDocument(this.root) ? this.root : this.root.ownerDocument;
    this.element ??= doc.createElement('style');
    if (this.element.textContent !== css) this.element.textContent = css;
    this.attach();
  }

  /**
   * Puts the sheet back where it belongs if a page script took it out (or replaced
   * <html>). Not when the sheet's whole root has left the document (a web component
   * removed from the page): appending would move the sheet within the detached root,
   * which is itself a mutation, and the watcher would call this again, for ever.
   */
  attach(): void {
    const element = this.element;
    const parent = isDocument(this.root) ? this.root.documentElement : this.root;
    if (!element || !parent || element.parentNode === parent) return;
    parent.append(element);
  }

  setDisabled(disabled: boolean): void {
    if (this.element?.sheet) this.element.sheet.disabled = disabled;
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}

export class StyleHost {
  private readonly presentation: Sheet;
  private readonly metrics: Sheet;

  constructor(readonly root: StyleRoot) {
    this.presentation = new Sheet(root);
    this.metrics = new Sheet(root);
  }

  set(css: PageCss): void {
    this.presentation.set(css.presentation);
    this.metrics.set(css.metrics);
  }

  /** Puts the sheets back where a page script (or a rewritten <html>) removed them. */
  attach(): void {
    this.presentation.attach();
    this.metrics.attach();
  }

  /** Switches the metrics sheet off (true) or back on, to measure the page's own styles. */
  setMetricsDisabled(disabled: boolean): void {
    this.metrics.setDisabled(disabled);
  }

  remove(): void {
    this.presentation.remove();
    this.metrics.remove();
  }
}
