/**
 * What makes the page wider than the window once the text is larger and wider (WCAG
 * 1.4.10 Reflow), and the mark that brings each back: a flex row or no-wrap run wraps;
 * a data table or preformatted text scrolls inside its own box (which WCAG allows for
 * two-dimensional content); an image, a frame or a form control is held to its
 * container's width, and so is a box with a fixed width that now sticks out of its
 * container. Nothing is hidden: a box that scrolls keeps every line reachable.
 *
 * Looked for only when the page has become wider than it was on its own (layout-guard.ts),
 * along the ancestors of the elements that reach past that width, up to the first box
 * that holds its overflow in (hides or scrolls it: a table once it scrolls, too). Each
 * pass reads the layout, then marks; a box that stuck out only because of what it holds
 * fits once that is fixed, so a later pass (at most PASSES) looks again.
 */
import type { MarkedElements } from '@/engine/marked-elements';
import { FIT_ATTRIBUTE, WRAP_ATTRIBUTE } from '@/utils/page-marks';

const TOLERANCE_PX = 1;
const PASSES = 3;

/** How a box that widens the page is brought back (the rules are in features/text-layout.ts). */
export type Fit = 'scroll' | 'media' | 'box' | 'width';

const SCROLLS = new Set(['table', 'pre']);
const MEDIA = new Set(['img', 'video', 'canvas']);
const BOXES = new Set(['iframe', 'embed', 'object', 'svg', 'select', 'input', 'textarea']);

/** The mark for `node`, which reaches past the page's width, or null if it is not the cause. */
function fitFor(node: Element, style: CSSStyleDeclaration, stickingOut: boolean): Fit | null {
  const tag = node.localName;
  // Inline boxes follow their line; an inline-block (a button) is a box of its own.
  const block = style.display !== 'inline';
  if (SCROLLS.has(tag) || (style.whiteSpace === 'pre' && block)) return 'scroll';
  if (MEDIA.has(tag)) return 'media';
  if (BOXES.has(tag)) return 'box';
  const placed = style.position === 'static' || style.position === 'relative';
  return stickingOut && placed && block ? 'width' : null;
}

/** A row that does not wrap; a run of preformatted text within a line wraps too. */
function wraps(style: CSSStyleDeclaration): boolean {
  const row = style.display.includes('flex') && style.flexWrap === 'nowrap';
  const inlinePre = style.whiteSpace === 'pre' && style.display.startsWith('inline');
  return row || inlinePre || style.whiteSpace === 'nowrap';
}

/** Marks what makes the page reach past `width`, the widest it may be. */
export function fitToWidth(
  width: number,
  elements: readonly Element[],
  view: Window,
  marks: MarkedElements,
): void {
  const root = view.document.documentElement;
  for (let pass = 0; pass < PASSES; pass++) {
    if (root.scrollWidth <= width + TOLERANCE_PX) return;
    const found = causesOf(width, elements, view);
    if (found.length === 0) return;
    for (const [element, name, value] of found) marks.set(element, name, value);
  }
}

type Mark = [element: Element, name: string, value: string];

/** One pass: every layout read first, then the marks to write. */
function causesOf(width: number, elements: readonly Element[], view: Window): Mark[] {
  const body = view.document.body;
  // Per element looked at: whether what it holds is kept inside a box (one that hides or
  // scrolls its overflow, or a fixed one), where it cannot widen the page: a carousel's
  // slides past the window's edge are the page's own design.
  const holdsIn = new Map<Element, boolean>();
  const found: Mark[] = [];
  for (const element of elements) {
    if (!element.isConnected || holdsIn.has(element)) continue;
    if (reachOf(element, view) + view.scrollX <= width + TOLERANCE_PX) continue;
    const chain: Array<{ node: Element; style: CSSStyleDeclaration }> = [];
    let inside = false;
    for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
      const known = holdsIn.get(node);
      if (known !== undefined) {
        inside = known;
        break;
      }
      chain.push({ node, style: view.getComputedStyle(node) });
    }
    for (const { node, style } of chain.reverse()) {
      const fixed = style.position === 'fixed';
      const marks = !inside && !fixed ? marksFor(node, style, view) : [];
      found.push(...marks);
      // A table inside a table that is to scroll fits by the outer one's scrolling.
      const scrolls = marks.some(([, , fit]) => fit === 'scroll');
      inside ||= fixed || scrolls || style.overflowX !== 'visible';
      holdsIn.set(node, inside);
    }
  }
  return found;
}

/** The marks `node`, outside every box that holds its overflow in, needs (if any). */
function marksFor(node: Element, style: CSSStyleDeclaration, view: Window): Mark[] {
  if (node.hasAttribute(FIT_ATTRIBUTE)) return [];
  const marks: Mark[] = [];
  if (wraps(style) && !node.hasAttribute(WRAP_ATTRIBUTE)) marks.push([node, WRAP_ATTRIBUTE, '']);
  const parent = node.parentElement;
  const stickingOut = !!parent && reachOf(node, view, style) > innerRightOf(parent) + TOLERANCE_PX;
  const fit = fitFor(node, style, stickingOut);
  if (fit) marks.push([node, FIT_ATTRIBUTE, fit]);
  return marks;
}

/** How far right an element, or the text it lets overflow (a line of a pre), reaches. */
function reachOf(element: Element, view: Window, style?: CSSStyleDeclaration): number {
  const right = element.getBoundingClientRect().right;
  const overflow = element.scrollWidth - element.clientWidth;
  if (overflow <= 0) return right;
  const shows = (style ?? view.getComputedStyle(element)).overflowX === 'visible';
  return shows ? right + overflow : right;
}

function innerRightOf(element: Element): number {
  const rect = element.getBoundingClientRect();
  return rect.left + element.clientLeft + (element.clientWidth || rect.width);
}
