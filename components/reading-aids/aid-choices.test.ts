import { describe, expect, it } from 'vitest';
import {
  calmPatch,
  calmValue,
  guidePatch,
  guideValue,
} from '@/components/reading-aids/aid-choices';
import { formatRatio } from '@/components/reading-aids/OwnColors';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

describe('reading aid choices', () => {
  it('read and write the guide as off or its height, keeping the height when off', () => {
    expect(guideValue(DEFAULT_SETTINGS)).toBeNull();
    expect(guideValue({ ...DEFAULT_SETTINGS, readingGuide: true, readingGuideHeight: 5 })).toBe(5);
    expect(guidePatch(1)).toEqual({ readingGuide: true, readingGuideHeight: 1 });
    expect(guidePatch(null)).toEqual({ readingGuide: false });
  });

  it('read and write calm pages as off, calm, or calm without embeds', () => {
    for (const value of ['off', 'calm', 'calm-no-embeds'] as const) {
      expect(calmValue({ ...DEFAULT_SETTINGS, ...calmPatch(value) })).toBe(value);
    }
    // Hidden embeds mean nothing without calm pages.
    expect(calmValue({ ...DEFAULT_SETTINGS, hideEmbeds: true })).toBe('off');
  });

  it('show contrast ratios rounded down, so a ratio under 7 never reads 7.0', () => {
    expect(formatRatio(6.96)).toBe('6.9');
    expect(formatRatio(21)).toBe('21.0');
    expect(formatRatio(4.54)).toBe('4.5');
  });
});
