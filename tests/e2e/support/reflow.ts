/**
 * Reflow (WCAG 1.4.10) as a reader meets it, read in the real page: how wide the page
 * scrolls, and which text elements are clipped (their own text reaching past a box that
 * hides overflow, or past the window's left edge, where no scrolling reaches). The
 * end-to-end reflow suite and the bench's reflow figure both compare a load with readable
 * mode off against one with it on, so what the page itself hides is never counted.
 */
import type { Page } from 'puppeteer-core';

export interface ReflowReading {
  /** How wide the page scrolls, and the width of its window (scrollbar excluded). */
  readonly pageWidth: number;
  readonly viewportWidth: number;
  /** Each clipped text element, by its place in the document (child indices from <html>). */
  readonly clipped: readonly string[];
}

export function readReflow(page: Page): Promise<ReflowReading> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const body = document.body;
    const SLACK = 1;
    // Legible's own elements (the panel, the guide, the alt texts of hidden images) are
    // left out of the places, so a place names the same element with Legible on and off.
    const ownTag = (element: Element) => element.localName.startsWith('legible-');
    const placeOf = (element: Element): string => {
      const steps: number[] = [];
      for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
        const siblings = node.parentElement ? [...node.parentElement.children] : [];
        steps.push(siblings.filter((sibling) => !ownTag(sibling)).indexOf(node));
      }
      return steps.reverse().join('/');
    };
    const textRect = (element: Element): DOMRect | null => {
      const range = document.createRange();
      let box: { left: number; top: number; right: number; bottom: number } | null = null;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          box = box
            ? {
                left: Math.min(box.left, rect.left),
                top: Math.min(box.top, rect.top),
                right: Math.max(box.right, rect.right),
                bottom: Math.max(box.bottom, rect.bottom),
              }
            : { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
        }
      }
      return box
        ? new DOMRect(box.left, box.top, box.right - box.left, box.bottom - box.top)
        : null;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const isClipped = (element: Element, text: DOMRect): boolean => {
      let { left, top, right, bottom } = text;
      if (left < -SLACK) return true;
      for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
        const style = getComputedStyle(node);
        const rect = node.getBoundingClientRect();
        const inner = {
          left: rect.left + node.clientLeft,
          top: rect.top + node.clientTop,
          right: rect.left + node.clientLeft + node.clientWidth,
          bottom: rect.top + node.clientTop + node.clientHeight,
        };
        if (hides(style.overflowX) && (left < inner.left - SLACK || right > inner.right + SLACK))
          return true;
        if (hides(style.overflowY) && (top < inner.top - SLACK || bottom > inner.bottom + SLACK))
          return true;
        // Text a box scrolls to is reachable; only the part the box shows can be clipped above it.
        if (scrolls(style.overflowX))
          [left, right] = [Math.max(left, inner.left), Math.min(right, inner.right)];
        if (scrolls(style.overflowY))
          [top, bottom] = [Math.max(top, inner.top), Math.min(bottom, inner.bottom)];
        // A fixed element is clipped by the window only.
        if (style.position === 'fixed') return false;
      }
      // The root or body hiding overflow hides it from the window (CSS Overflow 3, propagation).
      const pageClips = [root, body].some((node) => hides(getComputedStyle(node).overflowX));
      return pageClips && right > root.clientWidth + SLACK;
    };
    const clipped: string[] = [];
    for (const element of body.querySelectorAll('*')) {
      if (ownTag(element) || element.closest('script, style, noscript, template')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const text = textRect(element);
      if (text && isClipped(element, text)) clipped.push(placeOf(element));
    }
    const bodyScrolls = scrolls(getComputedStyle(body).overflowX);
    return {
      pageWidth: Math.max(root.scrollWidth, bodyScrolls ? body.scrollWidth : 0),
      viewportWidth: root.clientWidth,
      clipped,
    };
  });
}

/** What readable mode changed: the sideways scrolling it added (px) and the text it clipped. */
export interface ReflowChange {
  readonly widenedBy: number;
  readonly newlyClipped: readonly string[];
}

export function reflowChange(off: ReflowReading, on: ReflowReading): ReflowChange {
  const allowed = Math.max(off.pageWidth, on.viewportWidth);
  const before = new Set(off.clipped);
  return {
    widenedBy: Math.max(0, on.pageWidth - allowed - 1),
    newlyClipped: on.clipped.filter((place) => !before.has(place)),
  };
}
