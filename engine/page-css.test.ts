import { describe, expect, it } from 'vitest';
import { pageCss, shadowCss } from '@/engine/page-css';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const NONE = { sizes: new Set<string>(), lineRatios: new Set<string>() };
const ON = { ...DEFAULT_SETTINGS, enabled: true };

describe('pageCss', () => {
  it('is empty while readable mode is off, whatever else is chosen', () => {
    expect(pageCss({ ...DEFAULT_SETTINGS, colorScheme: 'blue', fontScale: 2 }, NONE)).toEqual({
      presentation: '',
      metrics: '',
    });
  });

  it('puts every rule in the legible layer, and no font face nor address in the page', () => {
    const { presentation, metrics } = pageCss({ ...ON, fontFamily: 'atkinson' }, NONE);
    expect(presentation.startsWith('@layer legible {')).toBe(true);
    expect(metrics.startsWith('@layer legible {')).toBe(true);
    expect(metrics).toContain('font-family: "Legible Atkinson Hyperlegible"');
    for (const css of [presentation, metrics]) {
      expect(css).not.toContain('@font-face');
      expect(css).not.toMatch(/url\(|-extension:/);
    }
  });

  it('keeps what the engine measures (font, size, spacing) in the metrics sheet only', () => {
    const css = pageCss(
      {
        ...ON,
        fontFamily: 'arial',
        letterSpacing: 0.12,
        lineHeight: 1.5,
        colorScheme: 'blue',
        fontScale: 2,
      },
      { sizes: new Set(['14']), lineRatios: new Set() },
    );
    expect(css.metrics).toContain('font-family: Arial');
    expect(css.metrics).toContain('letter-spacing: 0.12em');
    expect(css.metrics).toContain('font-size: 28px');
    expect(css.presentation).not.toMatch(/font-family|letter-spacing|font-size|line-height/);
    expect(css.presentation).toContain('#063462');
  });

  it('ends the first-paint hold whenever readable mode is on', () => {
    expect(pageCss(ON, NONE).presentation).toContain(
      ':root { animation-delay: -1000s !important; }',
    );
  });

  it('gives shadow roots the rules without the body scope and without font faces', () => {
    const css = pageCss({ ...ON, fontFamily: 'atkinson', colorScheme: 'beige' }, NONE);
    const shadow = shadowCss(css);
    expect(shadow.presentation.startsWith('@layer legible {')).toBe(true);
    expect(shadow.presentation).not.toContain(':where(body, body *)');
    expect(shadow.presentation).toContain(':where(*):not(');
    expect(shadow.presentation).toContain('#4D4B43');
    expect(shadow.metrics).toContain('font-family: "Legible Atkinson Hyperlegible"');
  });
});
