import { describe, expect, it } from 'vitest';
import { colorScheme, SCHEME_COLORS } from '@/features/color-scheme';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { COLOR_SCHEMES } from '@/settings/schema';

const CONTEXT = { assetUrl: (path: string) => path };

/** WCAG 2.2 relative luminance and contrast ratio, for checking the brief's claim. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour schemes', () => {
  it('offers every scheme of the format but "original"', () => {
    expect(Object.keys(SCHEME_COLORS).sort()).toEqual(
      COLOR_SCHEMES.filter((id) => id !== 'original').sort(),
    );
  });

  it.each(Object.entries(SCHEME_COLORS))(
    '%s reaches 7:1 (WCAG 1.4.6)',
    (_, { text, background }) => {
      expect(contrast(text, background)).toBeGreaterThanOrEqual(7);
    },
  );

  it('checks contrast correctly (black on white is 21:1)', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  it.each(Object.entries(SCHEME_COLORS))(
    '%s sets its exact text and background colours',
    (id, colors) => {
      const settings = { ...DEFAULT_SETTINGS, colorScheme: id as keyof typeof SCHEME_COLORS };
      const css = colorScheme.css(settings, CONTEXT);
      expect(css).toContain(`color: ${colors.text} !important`);
      expect(css).toContain(`background-color: ${colors.background} !important`);
    },
  );

  it('leaves the page alone for "original"', () => {
    expect(colorScheme.css(DEFAULT_SETTINGS, CONTEXT)).toBe('');
  });
});
