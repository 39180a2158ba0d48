/** For the features' unit tests: a feature's CSS for some settings, with nothing measured yet. */
import type { Feature } from '@/features/feature';
import type { Settings } from '@/settings/schema';

export function cssOf(feature: Feature, settings: Settings): string {
  const measured = { sizes: new Set<string>(), lineRatios: new Set<string>() };
  return feature.css?.(settings, { measured }) ?? '';
}
