import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { colorScheme, holdSchemeFor, pagePalette } from '@/features/color-scheme/color-scheme';
import { SCHEME_COLORS } from '@/features/color-scheme/scheme-colors';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { COLOR_SCHEMES } from '@/settings/schema';

import { contrastRatio as contrast } from '@/features/color-scheme/contrast';

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
      const css = cssOf(colorScheme, settings);
      expect(css).toContain(`color: ${colors.text} !important`);
      expect(css).toContain(`background-color: ${colors.background} !important`);
    },
  );

  it('leaves the page alone for "original"', () => {
    expect(cssOf(colorScheme, DEFAULT_SETTINGS)).toBe('');
  });
});

describe('own colours', () => {
  const own = {
    ...DEFAULT_SETTINGS,
    colorScheme: 'blue' as const,
    customColors: true,
    customText: '#ffffff',
    customBackground: '#102030',
    customLink: '#ffd966',
  };

  it('win over the scheme while on, with links in their own colour', () => {
    const css = cssOf(colorScheme, own);
    expect(css).toContain('color: #ffffff !important');
    expect(css).toContain('background-color: #102030 !important');
    expect(css).toMatch(/a:link, a:visited, a:link \*, a:visited \* \{\s+color: #ffd966/);
    expect(css).toContain('color-scheme: only dark');
    expect(css).not.toContain(SCHEME_COLORS.blue.background);
  });

  it('give way to the scheme, kept as it was, when switched off', () => {
    const palette = pagePalette({ ...own, customColors: false });
    expect(palette).toEqual({ ...SCHEME_COLORS.blue, link: SCHEME_COLORS.blue.text });
  });

  it('apply even when the scheme is the page own', () => {
    expect(pagePalette({ ...own, colorScheme: 'original' })?.background).toBe('#102030');
    expect(pagePalette({ ...own, colorScheme: 'original', customColors: false })).toBeNull();
  });

  it('start from defaults that reach 7:1 for text and links', () => {
    const { customText, customBackground, customLink } = DEFAULT_SETTINGS;
    expect(contrast(customText, customBackground)).toBeGreaterThanOrEqual(7);
    expect(contrast(customLink, customBackground)).toBeGreaterThanOrEqual(7);
  });
});

describe('holdSchemeFor', () => {
  it("is the scheme itself, the page's own colours included", () => {
    expect(holdSchemeFor({ ...DEFAULT_SETTINGS, colorScheme: 'green' })).toBe('green');
    expect(holdSchemeFor(DEFAULT_SETTINGS)).toBe('original');
  });

  it('gives own colours the dark or light hold their background calls for, whatever the scheme', () => {
    const own = { ...DEFAULT_SETTINGS, colorScheme: 'blue' as const, customColors: true };
    expect(holdSchemeFor({ ...own, customBackground: '#101830' })).toBe('white-on-black');
    expect(holdSchemeFor({ ...own, customBackground: '#fdf6e3' })).toBe('black-on-white');
  });
});
