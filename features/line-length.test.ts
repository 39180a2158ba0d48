import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { lineLength } from '@/features/line-length';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const ON = { ...DEFAULT_SETTINGS, enabled: true };

describe('line length', () => {
  it('adds nothing when off', () => {
    expect(cssOf(lineLength, ON)).toBe('');
  });

  it('caps text blocks in ch of their own font, only by max-inline-size', () => {
    const css = cssOf(lineLength, { ...ON, lineLength: 70 });
    expect(css).toContain('max-inline-size: 70ch !important');
    expect(css).toMatch(/:where\(p, li, /);
    // Never a width or a min-width: a block may only get narrower.
    expect(css).not.toMatch(/[^-]width:/);
    expect(css).not.toContain('pre');
  });
});
