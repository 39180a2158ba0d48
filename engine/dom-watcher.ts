/**
 * Finds the elements the engine has not seen yet: everything present when it starts,
 * then whatever the parser, infinite scroll or a single-page app adds, in the document
 * and in every open shadow root. Following uBlock Origin, the MutationObserver callback
 * only queues nodes; the batch is handled once per animation frame, which runs before
 * that frame is painted, so new content is never shown unstyled.
 */

export type BatchHandler = (elements: Element[]) => void;

export class DomWatcher {
  private readonly pending = new Set<Element>();
  private scheduled = false;
  private stopped = false;
  private readonly observer: MutationObserver;

  constructor(
    private readonly view: Window,
    private readonly onBatch: BatchHandler,
    private readonly onRemoved: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.queue(records));
  }

  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true });
    const elements = root.querySelectorAll('*');
    for (const element of elements) this.pending.add(element);
    this.schedule();
  }

  disconnect(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.pending.clear();
  }

  private queue(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) this.pending.add(node as Element);
        else if (node.parentElement) this.pending.add(node.parentElement);
      }
      removed ||= record.removedNodes.length > 0;
    }
    if (removed) this.onRemoved();
    if (this.pending.size > 0) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    // A hidden tab paints no frames and runs no animation callbacks; a timer keeps its
    // content ready for the moment it is shown.
    if (this.view.document.visibilityState === 'hidden')
      this.view.setTimeout(() => this.flush(), 50);
    else this.view.requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.stopped || this.pending.size === 0) return;
    const batch = new Set<Element>();
    for (const element of this.pending) {
      if (!element.isConnected || batch.has(element)) continue;
      batch.add(element);
      for (const child of element.querySelectorAll('*')) batch.add(child);
    }
    this.pending.clear();
    this.onBatch([...batch]);
  }
}
