/**
 * Composes the CSS for the current settings: every feature's rules inside
 * `@layer legible` (so our !important beats the page's), the measured font sizes, and
 * the bundled fonts' @font-face rules outside the layer.
 */
import { colorScheme } from '@/features/color-scheme';
import type { Feature, FeatureContext } from '@/features/feature';
import { fontFamily } from '@/features/font-family';
import { fontScaleCss, type MeasuredText } from '@/features/font-scale';
import { images } from '@/features/images';
import { DOCUMENT_SCOPE, SHADOW_SCOPE } from '@/features/selectors';
import { spacing } from '@/features/spacing';
import { textLayout } from '@/features/text-layout';
import type { Settings } from '@/settings/schema';

export const FEATURES: readonly Feature[] = [fontFamily, colorScheme, spacing, images, textLayout];

export function pageCss(
  settings: Settings,
  context: FeatureContext,
  measured: MeasuredText,
  features: readonly Feature[] = FEATURES,
): string {
  if (!settings.enabled) return '';
  const rules = [
    ...features.map((feature) => feature.css(settings, context)),
    fontScaleCss(settings.fontScale, settings.lineHeight, measured),
  ].filter(Boolean);
  const fontFaces = features
    .map((feature) => feature.fontFaces?.(settings, context) ?? '')
    .filter(Boolean);
  return [...fontFaces, `@layer legible {\n${rules.join('\n')}\n}`].join('\n');
}

/** The same rules for an open shadow root, where there is no <body> to scope them by. */
export function shadowCss(documentCss: string): string {
  const layer = documentCss.slice(documentCss.indexOf('@layer legible'));
  return layer.split(DOCUMENT_SCOPE).join(SHADOW_SCOPE);
}
