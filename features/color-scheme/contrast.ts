/**
 * WCAG 2.2 colour maths for `#rrggbb` colours: relative luminance and contrast ratio.
 * The schemes are checked against 7:1 (WCAG 1.4.6) with it, and the user's own colours
 * are shown with their live ratio and a warning below that.
 */

/** Enhanced contrast (WCAG 1.4.6, AAA): what every scheme reaches and own colours should. */
export const ENHANCED_CONTRAST = 7;

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** Contrast ratio, 1 to 21, whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * True for a background dark enough that white text beats black text on it: such pages
 * get dark scrollbars and form widgets (`color-scheme: dark`).
 */
export function isDark(background: string): boolean {
  return contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000');
}
