/**
 * The reading aids' choices, as the panel and the popup offer them: plain data, each
 * with its label's message key, like components/controls/choices.ts.
 */
import type { Choice } from '@/components/controls/choices';
import type { KnownSettings, Settings } from '@/settings/schema';

/** Line length cap in characters (WCAG 1.4.8 asks for at most 80); null = the page's own. */
export const LINE_LENGTH_CHOICES: readonly Choice<number | null>[] = [
  { value: null, label: 'aidsOff' },
  { value: 80, label: 'lineLength80' },
  { value: 70, label: 'lineLength70' },
  { value: 60, label: 'lineLength60' },
];

/** The reading guide, off or its band's height in lines. */
export const GUIDE_CHOICES: readonly Choice<number | null>[] = [
  { value: null, label: 'aidsOff' },
  { value: 1, label: 'guide1' },
  { value: 3, label: 'guide3' },
  { value: 5, label: 'guide5' },
];

export function guideValue(settings: Settings): number | null {
  return settings.readingGuide ? settings.readingGuideHeight : null;
}

export function guidePatch(value: number | null): Partial<KnownSettings> {
  return value === null
    ? { readingGuide: false }
    : { readingGuide: true, readingGuideHeight: value };
}

export type CalmChoice = 'off' | 'calm' | 'calm-no-embeds';

/** Calm pages: off, on, or on with embedded media hidden too. */
export const CALM_CHOICES: readonly Choice<CalmChoice>[] = [
  { value: 'off', label: 'aidsOff' },
  { value: 'calm', label: 'calmOn' },
  { value: 'calm-no-embeds', label: 'calmNoEmbeds' },
];

export function calmValue(settings: Settings): CalmChoice {
  if (!settings.calmPages) return 'off';
  return settings.hideEmbeds ? 'calm-no-embeds' : 'calm';
}

export function calmPatch(value: CalmChoice): Partial<KnownSettings> {
  return { calmPages: value !== 'off', hideEmbeds: value === 'calm-no-embeds' };
}
