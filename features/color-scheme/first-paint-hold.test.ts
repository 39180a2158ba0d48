import { describe, expect, it } from 'vitest';
import {
  HOLD_MS,
  HOLD_SCHEMES,
  holdFile,
  holdSheet,
} from '@/features/color-scheme/first-paint-hold';
import { SCHEME_COLORS } from '@/features/color-scheme/scheme-colors';
import { textLayout } from '@/features/text-layout';
import { cssOf } from '@/tests/support/feature-css';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { COLOR_SCHEMES } from '@/settings/schema';

/** The hold's one animation: its name, duration and what it holds. */
function animationOf(sheet: string) {
  const root = /:root \{ animation: ([\w-]+) (\d+)ms step-end !important; \}/.exec(sheet);
  const frames = /@keyframes ([\w-]+) \{ from, to \{ ([^}]*) \} \}/.exec(sheet);
  return { name: root?.[1], ms: Number(root?.[2]), keyframes: frames?.[1], held: frames?.[2] };
}

describe('the first-paint holds', () => {
  it('has one sheet for every scheme of the format, each in a file of its own', () => {
    expect([...HOLD_SCHEMES].sort()).toEqual([...COLOR_SCHEMES].sort());
    expect(new Set(HOLD_SCHEMES.map(holdFile)).size).toBe(HOLD_SCHEMES.length);
  });

  it.each(Object.entries(SCHEME_COLORS))(
    "%s's hold paints the scheme's background and skips painting the page",
    (scheme, { background }) => {
      const { name, keyframes, held } = animationOf(
        holdSheet(scheme as keyof typeof SCHEME_COLORS),
      );
      expect(keyframes).toBe(name);
      expect(held).toBe(`content-visibility: hidden; background-color: ${background};`);
    },
  );

  it("keeps the page's own colours' hold as it was: a transparent root", () => {
    expect(holdFile('original')).toBe('/first-paint-hold.css');
    const { name, keyframes, held } = animationOf(holdSheet('original'));
    expect(keyframes).toBe(name);
    expect(held).toBe('opacity: 0;');
  });

  it('ends by itself after HOLD_MS and only while it runs (no fill: nothing left after)', () => {
    for (const scheme of HOLD_SCHEMES) {
      expect(animationOf(holdSheet(scheme)).ms).toBe(HOLD_MS);
      expect(holdSheet(scheme)).not.toMatch(/forwards|both|infinite/);
    }
  });

  it("is ended by Legible's own sheet, which moves the root's animation into the past", () => {
    expect(cssOf(textLayout, DEFAULT_SETTINGS)).toContain(
      ':root { animation-delay: -1000s !important; }',
    );
  });
});
