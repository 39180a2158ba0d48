import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { textSpacing as spacing } from '@/features/text-spacing';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

describe('spacing', () => {
  it("leaves the page's own spacing at the defaults", () => {
    expect(cssOf(spacing, DEFAULT_SETTINGS)).toBe('');
  });

  it('sets the WCAG 1.4.12 combination in units of the font size', () => {
    const css = cssOf(spacing, {
      ...DEFAULT_SETTINGS,
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      lineHeight: 1.5,
      paragraphSpacing: 2,
    });
    expect(css).toContain('letter-spacing: 0.12em !important;');
    expect(css).toContain('word-spacing: 0.16em !important;');
    expect(css).toContain('line-height: 1.5 !important;');
    expect(css).toContain('margin-block-end: 2em !important;');
  });
});
