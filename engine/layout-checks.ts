/**
 * When the layout guard (layout-guard.ts) runs. Its check reads layout, which forces the
 * browser to lay the page out there and then. Doing that in every frame of a long page
 * load cost more than everything else the engine does, so checks are gathered and run
 * at most every LAYOUT_CHECK_MS, in an animation frame. A box may show clipped text for
 * that long; colours, fonts and sizes are never late.
 *
 * Once checks run, they follow the window too (window-follow.ts): when its width, the
 * zoom or the panel changed, the layout marks come off and every box that may clip is
 * checked again, with the page's width, in one animation frame (so no frame shows the
 * page unmarked). A table that had to scroll at 360 px is a table again at 1280 px.
 */
import { guardLayout, unmarkLayout, type MeasureOwnLayout } from '@/engine/layout-guard';
import type { MarkedElements } from '@/engine/marked-elements';
import { followWindow, type WindowChange } from '@/engine/window-follow';

/** How often, at most, the layout guard runs while content keeps arriving. */
const LAYOUT_CHECK_MS = 150;
const FIRST_PRUNE = 1024;

export class LayoutChecks {
  private readonly candidates = new Set<Element>();
  /** The batches since the last check, looked through only if the page got wider. */
  private batches: Array<readonly Element[]> = [];
  private queued = false;
  /** Every box that may clip, for a check of the whole page when the window changes. */
  private readonly clipBoxes = new Set<Element>();
  /** Where the boxes the page dropped are next let go (then twice the rest). */
  private pruneAt = FIRST_PRUNE;
  private following: AbortController | null = null;

  /**
   * `active` says whether readable mode is still on when a queued check comes to run;
   * `roots`, the document and the open shadow roots the engine restyles.
   */
  constructor(
    private readonly view: Window,
    private readonly marks: MarkedElements,
    private readonly ownLayout: MeasureOwnLayout,
    private readonly active: () => boolean,
    private readonly roots: () => Iterable<Document | ShadowRoot>,
  ) {}

  /** Checks `candidates` (boxes that may clip) and the page's width after `elements` came. */
  queue(candidates: readonly Element[], elements: readonly Element[]): void {
    for (const box of candidates) {
      this.candidates.add(box);
      this.clipBoxes.add(box);
    }
    if (this.clipBoxes.size > this.pruneAt) this.prune();
    if (!this.following) {
      this.following = new AbortController();
      followWindow(this.view, this.following.signal, (change) => this.checkAll(change));
    }
    this.batches.push(elements);
    if (this.queued) return;
    this.queued = true;
    this.view.setTimeout(() => {
      this.view.requestAnimationFrame(() => {
        this.queued = false;
        if (!this.active()) return;
        const boxes = [...this.candidates].filter((element) => element.isConnected);
        const batches = this.batches;
        this.candidates.clear();
        this.batches = [];
        const added = () => [...new Set(batches.flat())].filter((element) => element.isConnected);
        guardLayout(boxes, added, this.view, this.ownLayout, this.marks);
      });
    }, LAYOUT_CHECK_MS);
  }

  /**
   * The window changed: the whole page is checked again at its new size. The panel's
   * push changes no width: only a page that has come to scroll sideways is checked then
   * (it is pushed on every load with the panel, and a whole check costs two layouts).
   */
  private checkAll(change: WindowChange): void {
    this.view.requestAnimationFrame(() => {
      if (!this.active()) return;
      const root = this.view.document.documentElement;
      if (change === 'push' && root.scrollWidth <= root.clientWidth + 1) return;
      const roots = [...this.roots()];
      for (const root of roots) unmarkLayout(root);
      this.prune();
      const everything = () => roots.flatMap((root) => [...root.querySelectorAll('*')]);
      guardLayout([...this.clipBoxes], everything, this.view, this.ownLayout, this.marks);
    });
  }

  private prune(): void {
    for (const box of this.clipBoxes) if (!box.isConnected) this.clipBoxes.delete(box);
    this.pruneAt = Math.max(FIRST_PRUNE, 2 * this.clipBoxes.size);
  }

  /** Readable mode went off, or nothing chosen takes more room any more. */
  stop(): void {
    this.candidates.clear();
    this.batches = [];
    this.clipBoxes.clear();
    this.following?.abort();
    this.following = null;
  }
}
