/** For the features' unit tests: a feature's CSS for some settings, with nothing measured yet. */
import type { AssetUrls, Feature } from '@/features/feature';
import type { Settings } from '@/settings/schema';

const SAME_PATH: AssetUrls = { assetUrl: (path) => path };

export function cssOf(feature: Feature, settings: Settings, urls: AssetUrls = SAME_PATH): string {
  const measured = { sizes: new Set<string>(), lineRatios: new Set<string>() };
  return feature.css?.(settings, { ...urls, measured }) ?? '';
}
