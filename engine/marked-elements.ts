/**
 * Where the engine's marks (the scan's and the layout guard's `data-legible-*`
 * attributes, utils/page-marks.ts) go on, and how they all come off again when readable
 * mode goes off, also from elements the page took out of the document: a single-page app
 * may keep a view it took out, to show it again, and read it meanwhile. The marks in the
 * document are found by a query of it then (readable-engine.ts); the ones taken out are
 * followed here, as cheaply as can be on a path that runs for every text element of every
 * page (a weak reference to each marked element made marking about three times as slow:
 * 10,000 elements in Chromium here, 2-4 ms without, 8-11 ms with):
 * - while the document is being parsed, when nothing reports what leaves it (an observer
 *   of the whole document would cost more than the restyling: dom-watcher.ts), every
 *   element marked, held for that while;
 * - once the DOM watcher reports every removal, the root of each part taken out, held
 *   weakly, so that a part the page drops is not kept alive by Legible.
 * Left out: an element taken out of a part that was already out of the page, which no
 * observer sees.
 */

/** Prune the roots no longer needed once there are this many (then twice the rest). */
const FIRST_PRUNE = 1024;

export class MarkedElements {
  /** Every element marked, until the watcher reports removals (null since). */
  private held: Element[] | null = [];
  /** Roots of the parts taken out of the document since. */
  private gone: Array<WeakRef<Element>> = [];
  private pruneAt = FIRST_PRUNE;
  private readonly names = new Set<string>();

  /** Sets the mark `name` on `element`. */
  set(element: Element, name: string, value: string): void {
    element.setAttribute(name, value);
    this.names.add(name);
    this.held?.push(element);
  }

  /**
   * Every removal from the document is reported from now on (`removed`): of the elements
   * held, only those already out of it are still needed, weakly.
   */
  watchingRemovals(): void {
    if (!this.held) return;
    for (const element of this.held) if (!element.isConnected) this.gone.push(new WeakRef(element));
    this.held = null;
  }

  /** Nodes taken out of the document or an open shadow root (MutationRecord.removedNodes). */
  removed(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) this.gone.push(new WeakRef(node as Element));
    }
    if (this.gone.length >= this.pruneAt) this.prune();
  }

  /** Takes the marks off every element held and every part taken out, and starts again. */
  clear(): void {
    const names = [...this.names];
    const unmark = (element: Element) => {
      for (const name of names) element.removeAttribute(name);
    };
    for (const element of this.held ?? []) unmark(element);
    for (const ref of this.gone) {
      const root = ref.deref();
      // One put back in the document has its marks found there.
      if (root && !root.isConnected) unmarkTree(root, unmark);
    }
    this.held = [];
    this.gone = [];
    this.pruneAt = FIRST_PRUNE;
    this.names.clear();
  }

  /** How many elements and roots are followed: for the tests. */
  get size(): number {
    return (this.held?.length ?? 0) + this.gone.length;
  }

  /** Forgets the parts dropped by the page or put back in the document. */
  private prune(): void {
    this.gone = this.gone.filter((ref) => ref.deref()?.isConnected === false);
    this.pruneAt = Math.max(FIRST_PRUNE, this.gone.length * 2);
  }
}

/** `unmark` on `root` and everything in it, open shadow roots included. */
function unmarkTree(root: Element | ShadowRoot, unmark: (element: Element) => void): void {
  const inside = [...root.querySelectorAll('*')];
  const elements = root.nodeType === Node.ELEMENT_NODE ? [root as Element, ...inside] : inside;
  for (const element of elements) {
    unmark(element);
    if (element.shadowRoot) unmarkTree(element.shadowRoot, unmark);
  }
}
