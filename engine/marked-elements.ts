/**
 * Every element the engine has marked (the scan's and the layout guard's `data-legible-*`
 * attributes, utils/page-marks.ts), held by weak references, so that when readable mode
 * goes off the marks come off all of them: a query of the document only finds the
 * elements still in it, and a page may take a marked part out (a single-page app keeping
 * a view to show again) and read it later. Weak, so that a part the page drops is not
 * kept alive by Legible; the references it leaves behind are pruned as more are added.
 */

/** Prune dead references once there are this many (then twice as many as are alive). */
const FIRST_PRUNE = 4096;

export class MarkedElements {
  private refs = new Set<WeakRef<Element>>();
  private held = new WeakSet<Element>();
  private readonly names = new Set<string>();
  private pruneAt = FIRST_PRUNE;

  /** Sets the mark `name` on `element`, and remembers both. */
  set(element: Element, name: string, value: string): void {
    element.setAttribute(name, value);
    this.names.add(name);
    if (this.held.has(element)) return;
    this.held.add(element);
    this.refs.add(new WeakRef(element));
    if (this.refs.size >= this.pruneAt) this.prune();
  }

  /** Takes every mark off every element marked, in the document or not, and forgets them. */
  clear(): void {
    for (const ref of this.refs) {
      const element = ref.deref();
      if (element) for (const name of this.names) element.removeAttribute(name);
    }
    this.refs = new Set();
    this.held = new WeakSet();
    this.names.clear();
    this.pruneAt = FIRST_PRUNE;
  }

  /** How many elements are held (alive or not yet pruned): for the tests. */
  get size(): number {
    return this.refs.size;
  }

  private prune(): void {
    for (const ref of this.refs) if (!ref.deref()) this.refs.delete(ref);
    this.pruneAt = Math.max(FIRST_PRUNE, this.refs.size * 2);
  }
}
