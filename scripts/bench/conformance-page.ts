/**
 * The in-page half of the conformance figure: `inspectText` runs inside the page (passed
 * to page.evaluate, so it is self-contained: puppeteer sends its source text). On the
 * "off" load it lists the visible text elements with their original computed styles;
 * on the "on" load it checks each of them against the profile (PRODUCT.md, "What
 * restyled must mean": every visible text element, icons intact).
 */

/** A visible text element as the page shows it with readable mode off. */
export interface OffElement {
  /** Position in the indexed element list (see `indexed` below). */
  index: number;
  tag: string;
  fontSize: number;
  /** Recorded for reference; the check compares line-height to the new font size. */
  lineHeight: string;
  fontFamily: string;
  icon: boolean;
}

export const CHECKS = [
  'fontFamily',
  'fontSize',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'color',
  'background',
  'noJustify',
] as const;
export type Check = (typeof CHECKS)[number];

export interface OnResult {
  /** Text elements checked (icons excluded). */
  text: number;
  /** Per check, how many of them conform. */
  pass: Record<Check, number>;
  /** Off-load text elements with no element of the same tag at their index on the on load. */
  unmatched: number;
  icons: number;
  /** Icons whose font-family on the on load differs from the original. */
  brokenIcons: number;
}

export interface Expected {
  family: string;
  scale: number;
  letterSpacing: number;
  wordSpacing: number;
  lineHeight: number;
  color: string;
  background: string;
}

export function inspectText(off: OffElement[] | null, want: Expected): OffElement[] | OnResult {
  // Elements are identified by index. Legible's own elements, and the style, link and
  // script elements an engine may insert anywhere, are left out so indices stay stable.
  const indexed = Array.from(document.querySelectorAll('*')).filter(
    (el) =>
      !el.localName.startsWith('legible') &&
      !el.id.startsWith('legible') &&
      !['style', 'link', 'script'].includes(el.localName),
  );
  const px = (value: string, fontSize: number): number => {
    if (value === 'normal') return 0;
    return value.endsWith('%') ? (parseFloat(value) / 100) * fontSize : parseFloat(value);
  };
  const transparent = (color: string): boolean => {
    if (color === 'transparent') return true;
    const alpha = color.startsWith('rgba(')
      ? color.slice(5, -1).split(',')[3]
      : color.split('/')[1]; // color(), oklch() and the like: "… / alpha)"
    return alpha !== undefined && parseFloat(alpha) === 0;
  };
  const near = (value: number, target: number, tolerance: number) =>
    Math.abs(value - target) <= tolerance;
  const effectiveBackground = (el: Element): string => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if (!transparent(color)) return color;
    }
    return 'none';
  };
  const firstFamily = (family: string) =>
    (family.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');

  if (!off) {
    const iconFont = /awesome|material|icon|glyph|symbol|fontello|icomoon|dashicons/i;
    const found: OffElement[] = [];
    indexed.forEach((el, index) => {
      const own = Array.from(el.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .replace(/\s+/g, '');
      if (!own || el.closest('svg')) return;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') return;
      if (!Array.from(el.getClientRects()).some((r) => r.width > 0 && r.height > 0)) return;
      const privateUse = /^[\uE000-\uF8FF]+$/.test(own);
      found.push({
        index,
        tag: el.localName,
        fontSize: parseFloat(style.fontSize),
        lineHeight: style.lineHeight,
        fontFamily: style.fontFamily,
        icon: privateUse || iconFont.test(style.fontFamily),
      });
    });
    return found;
  }

  const result: OnResult = {
    text: 0,
    pass: {
      fontFamily: 0,
      fontSize: 0,
      letterSpacing: 0,
      wordSpacing: 0,
      lineHeight: 0,
      color: 0,
      background: 0,
      noJustify: 0,
    },
    unmatched: 0,
    icons: 0,
    brokenIcons: 0,
  };
  for (const before of off) {
    const el = indexed[before.index];
    const style = el && el.localName === before.tag ? getComputedStyle(el) : null;
    if (before.icon) {
      result.icons++;
      if (!style || style.fontFamily !== before.fontFamily) result.brokenIcons++;
      continue;
    }
    result.text++;
    if (!el || !style) {
      result.unmatched++;
      continue;
    }
    const size = parseFloat(style.fontSize);
    const ok: Record<Check, boolean> = {
      fontFamily: firstFamily(style.fontFamily) === want.family,
      fontSize: near(size, before.fontSize * want.scale, 0.6),
      letterSpacing: near(px(style.letterSpacing, size), want.letterSpacing * size, 0.3),
      wordSpacing: near(px(style.wordSpacing, size), want.wordSpacing * size, 0.3),
      // "normal" is not a length: it never meets an explicit multiplier.
      lineHeight:
        style.lineHeight !== 'normal' &&
        near(px(style.lineHeight, size), want.lineHeight * size, 1),
      color: style.color === want.color,
      background: effectiveBackground(el) === want.background,
      // Turned off by CSS (text-justify: none) or by the engine's mark (text-align).
      noJustify:
        !style.textAlign.startsWith('justify') || style.getPropertyValue('text-justify') === 'none',
    };
    for (const check of Object.keys(ok) as Check[]) if (ok[check]) result.pass[check]++;
  }
  return result;
}
