/**
 * New elements under an element Legible has already restyled inherit its metrics (font,
 * size, spacing): their computed styles are then Legible's, not the page's. To measure
 * the page's own, the metrics marks come off those restyled ancestors for an instant
 * (the metrics rules match marked elements only), which restyles only their subtrees.
 * Switching the whole metrics sheet off instead restyled every marked element of the
 * page twice: on a 20,000-element page still loading, in every frame.
 */
import { LINE_ATTRIBUTE, SIZE_ATTRIBUTE } from '@/utils/page-marks';

/** The marks Legible's metrics rules match on. */
const METRICS_MARKS = [SIZE_ATTRIBUTE, LINE_ATTRIBUTE];

/** The host of the shadow root `node` is in, or null in the document. */
function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root
    ? (root as ShadowRoot).host
    : null;
}

/**
 * The measured (and so restyled) elements that some of `elements` inherit from: their
 * ancestors, and ancestors of the shadow hosts they are in, since inheritance crosses
 * shadow hosts. An element handed over again while the parser fills it is both in the
 * batch and measured already: it counts too. Each ancestor is looked at once.
 */
export function restyledAncestors(elements: readonly Element[]): Element[] {
  const seen = new Set<Element>();
  const restyled: Element[] = [];
  for (const element of elements) {
    for (
      let node = element.parentElement ?? hostOf(element);
      node && !seen.has(node);
      node = node.parentElement ?? hostOf(node)
    ) {
      seen.add(node);
      if (node.hasAttribute(SIZE_ATTRIBUTE)) restyled.push(node);
    }
  }
  return restyled;
}

/** Runs `read` with the metrics marks off `elements`, and puts them back. */
export function withoutMetricsMarks<T>(elements: readonly Element[], read: () => T): T {
  const saved = elements.flatMap((element) =>
    METRICS_MARKS.flatMap((name) => {
      const value = element.getAttribute(name);
      return value === null ? [] : [{ element, name, value }];
    }),
  );
  for (const { element, name } of saved) element.removeAttribute(name);
  try {
    return read();
  } finally {
    for (const { element, name, value } of saved) element.setAttribute(name, value);
  }
}
