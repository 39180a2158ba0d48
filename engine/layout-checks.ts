/**
 * When the layout guard (layout-guard.ts) runs. Its check reads layout, which forces the
 * browser to lay the page out there and then. Doing that in every frame of a long page
 * load cost more than everything else the engine does, so checks are gathered and run
 * at most every LAYOUT_CHECK_MS, in an animation frame. A box may show clipped text for
 * that long; colours, fonts and sizes are never late.
 */
import { guardLayout, type MeasureOwnLayout } from '@/engine/layout-guard';
import type { MarkedElements } from '@/engine/marked-elements';

/** How often, at most, the layout guard runs while content keeps arriving. */
const LAYOUT_CHECK_MS = 150;

export class LayoutChecks {
  private readonly candidates = new Set<Element>();
  /** The batches since the last check, looked through only if the page got wider. */
  private batches: Array<readonly Element[]> = [];
  private queued = false;

  /** `active` says whether readable mode is still on when a queued check comes to run. */
  constructor(
    private readonly view: Window,
    private readonly marks: MarkedElements,
    private readonly ownLayout: MeasureOwnLayout,
    private readonly active: () => boolean,
  ) {}

  /** Checks `candidates` (boxes that may clip) and the page's width after `elements` came. */
  queue(candidates: readonly Element[], elements: readonly Element[]): void {
    for (const box of candidates) this.candidates.add(box);
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

  stop(): void {
    this.candidates.clear();
    this.batches = [];
  }
}
