/**
 * Finds the elements the engine has not seen yet: everything present when it starts,
 * then whatever the parser, infinite scroll or a single-page app adds, in the document
 * and in every open shadow root. New elements are handed over once per animation
 * frame, which runs before that frame is painted, so new content is never shown
 * unstyled.
 *
 * - While the document is being parsed, each frame sweeps it for the elements not yet
 *   handed over. A MutationObserver on the whole document would be told of every node
 *   the parser adds, text and whitespace included: on a large page that bookkeeping
 *   cost more than measuring the elements. The elements the parser is still filling
 *   (the last element and its ancestors) are handed over again each frame, as text may
 *   have arrived in them. When parsing ends (DOMContentLoaded), the next frame hands
 *   over the rest: new elements, elements that had no text when handled (the handler
 *   says which: it has looked at their text already) and have some now, and shadow
 *   hosts, whose custom element may only now have been defined.
 * - After that (and in shadow roots, and in documents already parsed), a
 *   MutationObserver queues what is added, as uBlock Origin does: an added element with
 *   everything inside it, added text only with the element that holds it.
 * - Batches wait for an animation frame, never less: the browser renders no frame
 *   before the page's own stylesheets have loaded, so what is measured then is what the
 *   page asks for, not the browser's default sizes.
 */

import { isTextElement } from '@/engine/text-scan';

export type BatchHandler = (elements: Element[]) => void;

export interface BatchHandling {
  /** Handles each batch of elements. */
  readonly onBatch: BatchHandler;
  /** Called with what left the document or a shadow root (Legible's sheets, say). */
  readonly onRemoved: (removed: readonly Node[]) => void;
  /**
   * Called once every removal from the document is reported to onRemoved (while it is
   * parsed only those from <html> and the document are: see above).
   */
  readonly watchingRemovals?: () => void;
  /** True for an element the handler found without text of its own. */
  readonly foundWithoutText: (element: Element) => boolean;
}

export class DomWatcher {
  /** Elements added, to be handed over with their subtrees. */
  private readonly pending = new Set<Element>();
  /** Elements that gained text (or may have), to be handed over alone. */
  private readonly pendingText = new Set<Element>();
  /**
   * The document while it is being parsed, what has been handed over from it, and the
   * observer that only watches <html> being replaced or Legible's sheets taken out.
   */
  private parsing: {
    doc: Document;
    handed: WeakSet<Element>;
    sheetsObserver: MutationObserver;
  } | null = null;
  private scheduled = false;
  /** Aborted on disconnect: the DOMContentLoaded listener goes, and no batch is handed over. */
  private readonly watching = new AbortController();
  private readonly observer: MutationObserver;

  constructor(
    private readonly view: Window,
    private readonly handling: BatchHandling,
  ) {
    this.observer = new MutationObserver((records) => this.queue(records));
  }

  /** Hands over everything in `doc`, then what is added to it (shadow roots: observeAdditions). */
  observe(doc: Document): void {
    if (doc.readyState === 'loading') {
      // Only removals matter to it: the sweep finds what is added to the document.
      const sheetsObserver = new MutationObserver((records) => this.removedIn(records));
      sheetsObserver.observe(doc, { childList: true });
      if (doc.documentElement) sheetsObserver.observe(doc.documentElement, { childList: true });
      this.parsing = { doc, handed: new WeakSet(), sheetsObserver };
      doc.addEventListener('DOMContentLoaded', () => this.parsed(doc), {
        once: true,
        signal: this.watching.signal,
      });
    } else {
      this.observer.observe(doc, { childList: true, subtree: true });
      this.handling.watchingRemovals?.();
      for (const element of doc.querySelectorAll('*')) this.pending.add(element);
    }
    this.schedule();
  }

  /**
   * Watches an open shadow root for what is added to it from now on; what it holds now
   * is for the caller, who found it in a batch, to handle in that same batch.
   */
  observeAdditions(root: ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true });
  }

  disconnect(): void {
    this.watching.abort();
    this.observer.disconnect();
    this.pending.clear();
    this.pendingText.clear();
    this.parsing?.sheetsObserver.disconnect();
    this.parsing = null;
  }

  private parsed(doc: Document): void {
    if (this.parsing?.doc !== doc) return;
    const { handed, sheetsObserver } = this.parsing;
    const { foundWithoutText } = this.handling;
    sheetsObserver.disconnect();
    this.parsing = null;
    this.observer.observe(doc, { childList: true, subtree: true });
    this.handling.watchingRemovals?.();
    for (const element of doc.querySelectorAll('*')) {
      if (
        !handed.has(element) ||
        element.shadowRoot ||
        (foundWithoutText(element) && isTextElement(element))
      ) {
        this.pendingText.add(element);
      }
    }
    this.schedule();
  }

  private queue(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) this.pending.add(node as Element);
        else if (node.parentElement) this.pendingText.add(node.parentElement);
      }
    }
    this.removedIn(records);
    if (this.pending.size > 0 || this.pendingText.size > 0) this.schedule();
  }

  private removedIn(records: readonly MutationRecord[]): void {
    const removed: Node[] = [];
    for (const record of records) removed.push(...record.removedNodes);
    if (removed.length > 0) this.handling.onRemoved(removed);
  }

  private schedule(): void {
    if (this.scheduled || this.watching.signal.aborted) return;
    this.scheduled = true;
    // A hidden tab paints no frames and runs no animation callbacks; a timer keeps its
    // content ready for the moment it is shown.
    if (this.view.document.visibilityState === 'hidden')
      this.view.setTimeout(() => this.flush(), 50);
    else this.view.requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.watching.signal.aborted) return;
    const batch = new Set<Element>();
    if (this.parsing) {
      // The sweep finds every element added to the document since the last one, wherever
      // it was added. (What is pending came from shadow roots, which it does not reach.)
      const { doc, handed } = this.parsing;
      for (const element of doc.querySelectorAll('*')) {
        if (handed.has(element)) continue;
        handed.add(element);
        batch.add(element);
      }
      for (let open: Element | null = doc.documentElement; open; open = open.lastElementChild)
        batch.add(open);
      // Until parsing ends, every frame looks again.
      this.schedule();
    }
    for (const element of this.pending) {
      if (!element.isConnected || batch.has(element)) continue;
      batch.add(element);
      for (const child of element.querySelectorAll('*')) batch.add(child);
    }
    for (const element of this.pendingText) if (element.isConnected) batch.add(element);
    this.pending.clear();
    this.pendingText.clear();
    if (batch.size > 0) this.handling.onBatch([...batch]);
  }
}
