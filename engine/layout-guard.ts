/**
 * Keeps the layout whole once the text is larger and wider: a box that hides overflow
 * (fixed height, one-line ellipsis, fixed-width button) and now clips more than the
 * page itself did is relaxed; a positioned box whose text now starts past the window's
 * left edge (placed by its right edge, it grew leftward) is placed by its left edge;
 * what makes the page wider than it was on its own is found and brought back
 * (page-width.ts: rows wrap, tables scroll in their own box).
 *
 * It reads the restyled layout first. Only when something overflows does it ask for
 * the page's own layout (through `ownLayout`, which switches Legible's metrics off for
 * an instant), so a page where everything fits pays for one layout, not two.
 */
import type { MarkedElements } from '@/engine/marked-elements';
import { fitToWidth } from '@/engine/page-width';
import { FIT_ATTRIBUTE, RELAX_ATTRIBUTE, WRAP_ATTRIBUTE } from '@/utils/page-marks';

export const LAYOUT_ATTRIBUTES = [RELAX_ATTRIBUTE, WRAP_ATTRIBUTE, FIT_ATTRIBUTE];

/**
 * How far content overflows a box, in px, down and across (0 when it fits), and how far
 * it reaches past the window's left edge, where no scrolling goes.
 */
export interface Overflow {
  readonly down: number;
  readonly across: number;
  readonly left: number;
}

export function overflowOf(element: Element): Overflow {
  return {
    down: Math.max(0, element.scrollHeight - element.clientHeight),
    across: Math.max(0, element.scrollWidth - element.clientWidth),
    left: leftOf(element),
  };
}

/**
 * How far the text in `element` starts past the window's left edge. Only a box across
 * that edge is looked into (one wholly past it, a link kept out of sight until focused,
 * is the page's design); its text, in a float wider than the box say, may reach further.
 */
function leftOf(element: Element): number {
  const { left, right } = element.getBoundingClientRect();
  if (left >= 0 || right <= 0) return 0;
  const doc = element.ownerDocument;
  const texts = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let reach = 0;
  while (texts.nextNode()) {
    range.selectNodeContents(texts.currentNode);
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) reach = Math.max(reach, -rect.left);
  }
  return reach;
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
  // A box placed by position (text-scan.ts) may overflow in sight: only the left edge counts.
  const overflowing = clipCandidates
    .map((element) => ({ element, now: overflowOf(element) }))
    .filter(({ element, now }) => {
      const spills = now.down > TOLERANCE_PX || now.across > TOLERANCE_PX;
      return now.left > TOLERANCE_PX || (spills && hidesOverflow(element, view));
    });
  const pageWide = root.scrollWidth > root.clientWidth + TOLERANCE_PX;
  if (overflowing.length === 0 && !pageWide) return;

  const own = ownLayout(overflowing.map(({ element }) => element));
  const found = overflowing.flatMap(({ element, now }): Array<[Element, string, string]> => {
    const before = own.overflow.get(element) ?? { down: 0, across: 0, left: 0 };
    // Text that grew past the left edge: its box is placed by its left edge instead.
    if (now.left > before.left + TOLERANCE_PX) return [[element, FIT_ATTRIBUTE, 'left']];
    if (!hidesOverflow(element, view)) return [];
    const down = now.down > before.down + TOLERANCE_PX;
    const across = now.across > before.across + TOLERANCE_PX;
    return down || across ? [[element, RELAX_ATTRIBUTE, across ? 'height width' : 'height']] : [];
  });
  for (const [element, name, value] of found) marks.set(element, name, value);
  if (pageWide) fitToWidth(Math.max(own.pageWidth, root.clientWidth), added(), view, marks);
}

function hidesOverflow(element: Element, view: Window): boolean {
  return view.getComputedStyle(element).overflow !== 'visible';
}

/** Removes the layout marks in `root`, an older copy's too (as TextScanner.unmark). */
export function unmarkLayout(root: Document | ShadowRoot): void {
  const selector = LAYOUT_ATTRIBUTES.map((name) => `[${name}]`).join(',');
  for (const element of root.querySelectorAll(selector)) {
    for (const name of LAYOUT_ATTRIBUTES) element.removeAttribute(name);
  }
}
