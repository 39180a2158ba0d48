/**
 * Keeps the layout whole once the text is larger and wider: a box that hides overflow
 * (fixed height, one-line ellipsis, fixed-width button) and now clips more than the
 * page itself did is relaxed; what makes the page wider than it was on its own is found
 * and brought back (page-width.ts: rows wrap, tables scroll in their own box).
 *
 * It reads the restyled layout first. Only when something overflows does it ask for
 * the page's own layout (through `ownLayout`, which switches Legible's metrics off for
 * an instant), so a page where everything fits pays for one layout, not two.
 */
import type { MarkedElements } from '@/engine/marked-elements';
import { fitToWidth } from '@/engine/page-width';
import { FIT_ATTRIBUTE, RELAX_ATTRIBUTE, WRAP_ATTRIBUTE } from '@/utils/page-marks';

export const LAYOUT_ATTRIBUTES = [RELAX_ATTRIBUTE, WRAP_ATTRIBUTE, FIT_ATTRIBUTE];

/** How far content overflows a box, in px, down and across (0 when it fits). */
export interface Overflow {
  readonly down: number;
  readonly across: number;
}

export function overflowOf(element: Element): Overflow {
  return {
    down: Math.max(0, element.scrollHeight - element.clientHeight),
    across: Math.max(0, element.scrollWidth - element.clientWidth),
  };
}

/** Overflow the page already had is its own design (a pixel or two often is); more is ours. */
const TOLERANCE_PX = 1;

export interface OwnLayout {
  readonly overflow: ReadonlyMap<Element, Overflow>;
  readonly pageWidth: number;
}

/** Measures `boxes` and the page width as the page lays them out without Legible's metrics. */
export type MeasureOwnLayout = (boxes: readonly Element[]) => OwnLayout;

/**
 * `added` gives the elements added since the last check; it is called only when the
 * page has become wider than the window, to find what widened it. The marks go
 * through `marks`, which follows those the page takes out of the document.
 */
export function guardLayout(
  clipCandidates: readonly Element[],
  added: () => readonly Element[],
  view: Window,
  ownLayout: MeasureOwnLayout,
  marks: MarkedElements,
): void {
  const root = view.document.documentElement;
  const overflowing = clipCandidates
    .map((element) => ({ element, now: overflowOf(element) }))
    .filter(({ now }) => now.down > TOLERANCE_PX || now.across > TOLERANCE_PX);
  const pageWide = root.scrollWidth > root.clientWidth + TOLERANCE_PX;
  if (overflowing.length === 0 && !pageWide) return;

  const own = ownLayout(overflowing.map(({ element }) => element));
  const relax = overflowing.flatMap(({ element, now }) => {
    const before = own.overflow.get(element) ?? { down: 0, across: 0 };
    const down = now.down > before.down + TOLERANCE_PX;
    const across = now.across > before.across + TOLERANCE_PX;
    return down || across ? [{ element, value: across ? 'height width' : 'height' }] : [];
  });
  for (const { element, value } of relax) marks.set(element, RELAX_ATTRIBUTE, value);
  if (pageWide) fitToWidth(Math.max(own.pageWidth, root.clientWidth), added(), view, marks);
}

/** Removes the layout marks in `root`, an older copy's too (as TextScanner.unmark). */
export function unmarkLayout(root: Document | ShadowRoot): void {
  const selector = LAYOUT_ATTRIBUTES.map((name) => `[${name}]`).join(',');
  for (const element of root.querySelectorAll(selector)) {
    for (const name of LAYOUT_ATTRIBUTES) element.removeAttribute(name);
  }
}
