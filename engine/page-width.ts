/**
 * What makes the page wider than the window once the text is larger and wider: found
 * only when the page has become wider than it was on its own (layout-guard.ts).
 */

const TOLERANCE_PX = 1;

/** Flex rows and no-wrap runs that reach past `width`, the widest the page may be. */
export function rowsWiderThan(
  width: number,
  elements: readonly Element[],
  view: Window,
): Element[] {
  const doc = view.document;
  if (doc.documentElement.scrollWidth <= width + TOLERANCE_PX) return [];
  const rows = new Set<Element>();
  for (const element of elements) {
    if (
      !element.isConnected ||
      element.getBoundingClientRect().right + view.scrollX <= width + TOLERANCE_PX
    ) {
      continue;
    }
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
  return [...rows];
}
