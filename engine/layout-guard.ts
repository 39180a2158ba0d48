/**
 * Keeps the layout whole once the text is larger and wider: a box that hides overflow
 * (fixed height, one-line ellipsis, fixed-width button) and now clips text it did not
 * clip before is relaxed; a flex row or no-wrap text that now pushes the page sideways
 * is allowed to wrap. Runs after the restyled page has been laid out.
 */
import { overflowOf, type ClipCandidate } from '@/engine/text-scan';
import { RELAX_ATTRIBUTE, WRAP_ATTRIBUTE } from '@/features/text-layout';

export const LAYOUT_ATTRIBUTES = [RELAX_ATTRIBUTE, WRAP_ATTRIBUTE];

/** Overflow the page already had is its own design (a pixel or two often is); more is ours. */
const TOLERANCE_PX = 1;

export function relaxClippedBoxes(candidates: readonly ClipCandidate[]): void {
  // Read every box first, then write: one layout, not one per box.
  const relax = candidates.flatMap(({ element, before }) => {
    const now = overflowOf(element);
    const down = now.down > before.down + TOLERANCE_PX;
    const across = now.across > before.across + TOLERANCE_PX;
    return down || across ? [{ element, value: across ? 'height width' : 'height' }] : [];
  });
  for (const { element, value } of relax) element.setAttribute(RELAX_ATTRIBUTE, value);
}

/**
 * Lets rows wrap that make the page wider than it was on its own (`ownWidth`, its
 * scroll width measured with Legible's sheets off) or than the viewport.
 */
export function wrapOverflowingRows(
  elements: readonly Element[],
  view: Window,
  ownWidth: number,
): void {
  const doc = view.document;
  const width = Math.max(ownWidth, doc.documentElement.clientWidth);
  if (doc.documentElement.scrollWidth <= width + 1) return;
  const rows = new Set<Element>();
  for (const element of elements) {
    if (!element.isConnected || element.getBoundingClientRect().right + view.scrollX <= width + 1)
      continue;
    for (let node: Element | null = element; node && node !== doc.body; node = node.parentElement) {
      const style = view.getComputedStyle(node);
      if (
        (style.display.includes('flex') && style.flexWrap === 'nowrap') ||
        style.whiteSpace === 'nowrap'
      ) {
        rows.add(node);
      }
    }
  }
  for (const row of rows) row.setAttribute(WRAP_ATTRIBUTE, '');
}

export function unmarkLayout(root: Document | ShadowRoot): void {
  const selector = LAYOUT_ATTRIBUTES.map((name) => `[${name}]`).join(',');
  for (const element of root.querySelectorAll(selector)) {
    for (const name of LAYOUT_ATTRIBUTES) element.removeAttribute(name);
  }
}
