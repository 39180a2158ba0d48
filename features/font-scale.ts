/**
 * Font size: `fontScale` multiplies each element's own size, whatever unit the page
 * used, so headings stay larger than body text. CSS cannot read an element's computed
 * size, so the engine measures it once and marks the element with it
 * (`data-legible-size="14.5"`, in px); these rules then scale every marked size. A
 * changed scale only rewrites this small list of rules, never the page.
 *
 * Line height in px would make scaled lines overlap, so the page's own line height is
 * kept as a ratio of the font size (`data-legible-lh="1.43"`) while no line spacing is
 * chosen.
 */
import type { Feature } from '@/features/feature';
import { LINE_ATTRIBUTE, SIZE_ATTRIBUTE } from '@/utils/page-marks';

/** Sizes are rounded to a quarter pixel: fewer distinct rules, no visible difference. */
export function sizeKey(px: number): string {
  return String(Math.round(px * 4) / 4);
}

/** Line-height ratios are rounded to 0.01: the difference is below a pixel at 3x. */
export function lineRatioKey(lineHeightPx: number, fontSizePx: number): string | null {
  if (!Number.isFinite(lineHeightPx) || fontSizePx <= 0) return null;
  return String(Math.round((lineHeightPx / fontSizePx) * 100) / 100);
}

export interface MeasuredText {
  readonly sizes: ReadonlySet<string>;
  readonly lineRatios: ReadonlySet<string>;
}

export function fontScaleCss(
  scale: number,
  lineHeight: number | null,
  measured: MeasuredText,
): string {
  if (scale === 1) return '';
  const rules = [...measured.sizes].map(
    (size) => `[${SIZE_ATTRIBUTE}="${size}"] { font-size: ${Number(size) * scale}px !important; }`,
  );
  if (lineHeight === null) {
    for (const ratio of measured.lineRatios) {
      rules.push(`[${LINE_ATTRIBUTE}="${ratio}"] { line-height: ${ratio} !important; }`);
    }
  }
  return rules.join('\n');
}

export const fontScale: Feature = {
  id: 'font-scale',
  fields: ['fontScale'],
  labels: ['panelFontSize'],
  metrics: true,
  measures: ({ fontScale: scale }) => (scale === 1 ? [] : ['sizes', 'clipping']),
  css: ({ fontScale: scale, lineHeight }, { measured }) =>
    fontScaleCss(scale, lineHeight, measured),
};
