/**
 * Which new elements inherit Legible's metrics (font, size, spacing) from an element it
 * has already restyled: their computed styles are then Legible's, not the page's.
 */
import { SIZE_ATTRIBUTE } from '@/utils/page-marks';

const MEASURED = `[${SIZE_ATTRIBUTE}]`;

/** The host of the shadow root `node` is in, or null in the document. */
function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root
    ? (root as ShadowRoot).host
    : null;
}

/**
 * True when some of `elements` sit under an element Legible has already restyled, so
 * their computed font, size and spacing are inherited from Legible's rules rather than
 * the page's. (The metrics rules match measured elements only, so nothing else in a
 * batch can be affected.) Inheritance crosses shadow hosts, which closest() does not:
 * the search goes on from each host outwards.
 */
export function inheritsMetrics(elements: readonly Element[]): boolean {
  const batch = new Set(elements);
  return elements.some((element) => {
    const parent = element.parentElement;
    if (parent && batch.has(parent)) return false;
    for (let node = parent ?? hostOf(element); node; node = hostOf(node)) {
      if (node.closest(MEASURED)) return true;
    }
    return false;
  });
}
