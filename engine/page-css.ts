/**
 * Composes the CSS of every feature (features/index.ts) for the current settings, in
 * two sheets:
 * - presentation: colours, images, layout relief, plus the bundled fonts' @font-face
 *   rules (outside any layer, document-wide);
 * - metrics: font, size, line height and spacing, keyed on the engine's marks, which
 *   the engine switches off for an instant to measure what the page itself asks for.
 * Every rule sits inside `@layer legible`, so our !important beats the page's.
 */
import type { AssetUrls, Feature } from '@/features/feature';
import type { MeasuredText } from '@/features/font-scale';
import { FEATURES } from '@/features/index';
import { DOCUMENT_SCOPE, SHADOW_SCOPE } from '@/features/selectors';
import type { Settings } from '@/settings/schema';
import { LAYER } from '@/utils/page-marks';

export interface PageCss {
  readonly presentation: string;
  readonly metrics: string;
}

const NONE: PageCss = { presentation: '', metrics: '' };

function layer(rules: readonly string[]): string {
  const body = rules.filter(Boolean).join('\n');
  return body ? `@layer ${LAYER} {\n${body}\n}` : '';
}

export function pageCss(
  settings: Settings,
  urls: AssetUrls,
  measured: MeasuredText,
  features: readonly Feature[] = FEATURES,
): PageCss {
  if (!settings.enabled) return NONE;
  const context = { ...urls, measured };
  const css = (metrics: boolean) =>
    features
      .filter((f) => Boolean(f.metrics) === metrics)
      .map((f) => f.css?.(settings, context) ?? '');
  const fontFaces = features.map((f) => f.fontFaces?.(settings, context) ?? '').filter(Boolean);
  return {
    presentation: [...fontFaces, layer(css(false))].join('\n'),
    metrics: layer(css(true)),
  };
}

/** The same rules for an open shadow root: no <body> to scope by, fonts already global. */
export function shadowCss({ presentation, metrics }: PageCss): PageCss {
  const forShadow = (css: string) => {
    const at = css.indexOf(`@layer ${LAYER}`);
    return at < 0 ? '' : css.slice(at).split(DOCUMENT_SCOPE).join(SHADOW_SCOPE);
  };
  return { presentation: forShadow(presentation), metrics: forShadow(metrics) };
}
