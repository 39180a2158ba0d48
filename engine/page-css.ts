/**
 * Composes the CSS of every feature (features/index.ts) for the current settings, in
 * two sheets:
 * - presentation: colours, images, layout relief;
 * - metrics: font, size, line height and spacing, keyed on the engine's marks, which
 *   the engine switches off for an instant to measure what the page itself asks for.
 * Every rule sits inside `@layer legible`, so our !important beats the page's. The
 * bundled fonts are no CSS of ours: see engine/font-host.ts.
 */
import type { Feature } from '@/features/feature';
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
  measured: MeasuredText,
  features: readonly Feature[] = FEATURES,
): PageCss {
  if (!settings.enabled) return NONE;
  const context = { measured };
  const css = (metrics: boolean) =>
    features
      .filter((f) => Boolean(f.metrics) === metrics)
      .map((f) => f.css?.(settings, context) ?? '');
  return { presentation: layer(css(false)), metrics: layer(css(true)) };
}

/** The same rules for an open shadow root: no <body> to scope by. */
export function shadowCss({ presentation, metrics }: PageCss): PageCss {
  const forShadow = (css: string) => css.split(DOCUMENT_SCOPE).join(SHADOW_SCOPE);
  return { presentation: forShadow(presentation), metrics: forShadow(metrics) };
}
