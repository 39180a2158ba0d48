/**
 * Measures what the page itself asks for (with Legible's sheets switched off) and marks
 * the elements the CSS features need to know about: each text element's own font size
 * and line height, icon glyphs, justified text, and the boxes that may clip text.
 * Measuring reads computed styles only; the marks are written afterwards so that the
 * two never interleave (no layout thrashing).
 */
import { isIconFont, isPrivateUseText } from '@/engine/icon-detect';
import { MarkedElements } from '@/engine/marked-elements';
import type { Measure } from '@/features/feature';
import { lineRatioKey, sizeKey } from '@/features/font-scale';
import {
  GUIDE_TAG,
  ICON_ATTRIBUTE,
  JUSTIFIED_ATTRIBUTE,
  LINE_ATTRIBUTE,
  PANEL_TAG,
  PINNED_ATTRIBUTE,
  SIZE_ATTRIBUTE,
} from '@/utils/page-marks';

export const SCAN_ATTRIBUTES = [
  SIZE_ATTRIBUTE,
  LINE_ATTRIBUTE,
  ICON_ATTRIBUTE,
  JUSTIFIED_ATTRIBUTE,
  PINNED_ATTRIBUTE,
];

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BR',
  PANEL_TAG.toUpperCase(),
  GUIDE_TAG.toUpperCase(),
]);
const CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** What an element shows of its own: no text, text, or only private-use glyphs (an icon's). */
export type OwnText = 'none' | 'text' | 'private-use';

const VISIBLE = /\S/;

/**
 * What `element` shows of its own, controls counting as text. Runs for every element of
 * every page, so it reads each text node once and stops at the first that shows text
 * outside the private-use area, rather than gathering all its text to trim and test
 * it: that cost as much as all the style reads.
 */
export function ownTextOf(element: Element): OwnText {
  let own: OwnText = CONTROLS.has(element.tagName) ? 'text' : 'none';
  let privateUse = false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    if (!VISIBLE.test(value)) continue;
    if (!isPrivateUseText(value)) return 'text';
    privateUse = true;
  }
  if (privateUse) own = 'private-use';
  return own;
}

/** True for controls and elements that show some text of their own. */
export function isTextElement(element: Element): boolean {
  return ownTextOf(element) !== 'none';
}

interface Mark {
  readonly element: Element;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

export interface Measurement {
  readonly marks: readonly Mark[];
  /**
   * Boxes whose content may be clipped: they hide overflow or ellipsise, or are placed by
   * position (text that grows may carry a box placed by its right edge past the left one).
   */
  readonly clipCandidates: readonly HTMLElement[];
  /** Fixed and sticky elements: pinned ones are marked by markPinned. */
  readonly fixed: readonly Element[];
}

/** Positions that place a box by its edges: its text may grow past the window's left edge. */
const PLACED = new Set(['absolute', 'fixed']);

/**
 * Ellipsis and line clamps need overflow other than visible to take effect, so reading
 * overflow alone finds them too. This runs for every element of every page: one read of
 * the shorthand, which is "visible" only when both directions are, not two (and one of
 * the position).
 */
function clips(style: CSSStyleDeclaration): boolean {
  return style.overflow !== 'visible' || PLACED.has(style.position);
}

export class TextScanner {
  readonly sizes = new Set<string>();
  readonly lineRatios = new Set<string>();
  /**
   * Elements measured without text of their own. Handed over again (moved, or still
   * being parsed), they are measured again only once they have text.
   */
  private withoutText = new WeakSet<Element>();
  /** Whether each computed font-family seen starts with an icon font: a page uses a few. */
  private readonly iconFonts = new Map<string, boolean>();

  /** `marks`: where every mark is written, so that all of them come off again. */
  constructor(private readonly marks = new MarkedElements()) {}

  private isIconFont(fontFamily: string): boolean {
    let icon = this.iconFonts.get(fontFamily);
    if (icon === undefined) {
      icon = isIconFont(fontFamily);
      this.iconFonts.set(fontFamily, icon);
    }
    return icon;
  }

  /** True for an element measured without text of its own, and not measured with text since. */
  foundWithoutText(element: Element): boolean {
    return this.withoutText.has(element) && !element.hasAttribute(SIZE_ATTRIBUTE);
  }

  /**
   * Reads the page's own styles of `elements` for what `needs` asks (see Measure); call
   * with the metrics sheets disabled. Computed styles only, none that needs a layout
   * (`top` of a fixed element would: see markPinned). An element without text is read
   * only when boxes are asked for; an element measured with its size already is skipped,
   * unless `again` (the needs grew: everything is measured once more).
   */
  measure(
    elements: readonly Element[],
    view: Window,
    needs: ReadonlySet<Measure>,
    again = false,
  ): Measurement {
    const marks: Mark[] = [];
    const clipCandidates: HTMLElement[] = [];
    const fixed: Element[] = [];
    const root = view.document.documentElement;
    const sizes = needs.has('sizes');
    const icons = needs.has('icons');
    const justified = needs.has('justified');
    const clipping = needs.has('clipping');
    const pinned = needs.has('pinned');
    const text = sizes || icons || justified;
    if (!text && !clipping && !pinned) return { marks, clipCandidates, fixed };
    for (const element of elements) {
      if (SKIPPED.has(element.tagName) || (!again && element.hasAttribute(SIZE_ATTRIBUTE)))
        continue;
      if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const own = ownTextOf(element);
      if (own === 'none') {
        if (this.withoutText.has(element)) continue;
        this.withoutText.add(element);
        if (!clipping && !pinned) continue;
      } else if (!text && !clipping && !pinned) {
        continue;
      }
      const style = view.getComputedStyle(element);
      if (clipping && clips(style) && element instanceof HTMLElement && element !== root) {
        clipCandidates.push(element);
      }
      if (pinned && element !== root) {
        const position = style.position;
        if (position === 'fixed' || position === 'sticky') fixed.push(element);
      }
      if (own === 'none') continue;
      const attributes: Array<[string, string]> = [];
      if (sizes) {
        const fontSize = parseFloat(style.fontSize);
        attributes.push([SIZE_ATTRIBUTE, sizeKey(fontSize)]);
        const lineHeight = style.lineHeight;
        const ratio =
          lineHeight === 'normal' ? null : lineRatioKey(parseFloat(lineHeight), fontSize);
        if (ratio) attributes.push([LINE_ATTRIBUTE, ratio]);
      }
      if (icons && (own === 'private-use' || this.isIconFont(style.fontFamily)))
        attributes.push([ICON_ATTRIBUTE, '']);
      if (justified && style.textAlign === 'justify') attributes.push([JUSTIFIED_ATTRIBUTE, '']);
      if (attributes.length > 0) marks.push({ element, attributes });
    }
    return { marks, clipCandidates, fixed };
  }

  /**
   * Marks the fixed and sticky elements pinned to the top of the window, which the panel
   * moves below itself. The browser resolves their `top` only by laying the page out, so
   * this runs after the marks are written: that layout is then the one the next frame
   * needs anyway, not an extra one of the page before Legible's sizes.
   */
  markPinned({ fixed }: Measurement, view: Window): void {
    const pinned = fixed.filter((element) => view.getComputedStyle(element).top === '0px');
    for (const element of pinned) this.marks.set(element, PINNED_ATTRIBUTE, '');
  }

  /** Writes the marks; true when a size or line height not seen before appeared. */
  mark({ marks }: Measurement): boolean {
    const before = this.sizes.size + this.lineRatios.size;
    for (const { element, attributes } of marks) {
      for (const [name, value] of attributes) {
        // Measured again after the needs grew, most marks are there already.
        if (element.getAttribute(name) !== value) this.marks.set(element, name, value);
        if (name === SIZE_ATTRIBUTE) this.sizes.add(value);
        if (name === LINE_ATTRIBUTE) this.lineRatios.add(value);
      }
    }
    return this.sizes.size + this.lineRatios.size !== before;
  }

  /**
   * Removes every mark of the scan's in `root`, this copy's and any an older copy of the
   * content script left. (Those on parts the page took out come off through
   * MarkedElements.)
   */
  unmark(root: Document | ShadowRoot): void {
    const selector = SCAN_ATTRIBUTES.map((name) => `[${name}]`).join(',');
    for (const element of root.querySelectorAll(selector)) {
      for (const name of SCAN_ATTRIBUTES) element.removeAttribute(name);
    }
  }

  /** Forgets which elements had no text, so that measuring again reads their boxes too. */
  forgetWithoutText(): void {
    this.withoutText = new WeakSet();
  }

  reset(): void {
    this.sizes.clear();
    this.lineRatios.clear();
    this.forgetWithoutText();
  }
}
