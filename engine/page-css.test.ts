import { describe, expect, it } from 'vitest';
import { pageCss, shadowCss } from '@/engine/page-css';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const CONTEXT = { assetUrl: (path: string) => `ext://id${path}` };
const NONE = { sizes: new Set<string>(), lineRatios: new Set<string>() };
const ON = { ...DEFAULT_SETTINGS, enabled: true };

describe('pageCss', () => {
  it('is empty while readable mode is off, whatever else is chosen', () => {
    expect(
      pageCss({ ...DEFAULT_SETTINGS, colorScheme: 'blue', fontScale: 2 }, CONTEXT, NONE),
    ).toEqual({
      presentation: '',
      metrics: '',
    });
  });

  it('puts every rule in the legible layer and font faces before it', () => {
    const { presentation, metrics } = pageCss({ ...ON, fontFamily: 'atkinson' }, CONTEXT, NONE);
    const layerAt = presentation.indexOf('@layer legible {');
    expect(layerAt).toBeGreaterThan(0);
    expect(presentation.lastIndexOf('@font-face')).toBeLessThan(layerAt);
    expect(presentation).toContain('url("ext://id/fonts/');
    expect(metrics.startsWith('@layer legible {')).toBe(true);
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
      CONTEXT,
      { sizes: new Set(['14']), lineRatios: new Set() },
    );
    expect(css.metrics).toContain('font-family: Arial');
    expect(css.metrics).toContain('letter-spacing: 0.12em');
    expect(css.metrics).toContain('font-size: 28px');
    expect(css.presentation).not.toMatch(/font-family|letter-spacing|font-size|line-height/);
    expect(css.presentation).toContain('#063462');
  });

  it('ends the first-paint hold whenever readable mode is on', () => {
    expect(pageCss(ON, CONTEXT, NONE).presentation).toContain(
      ':root { animation-delay: -1000s !important; }',
    );
  });

  it('gives shadow roots the rules without the body scope and without font faces', () => {
    const css = pageCss({ ...ON, fontFamily: 'atkinson', colorScheme: 'beige' }, CONTEXT, NONE);
    const shadow = shadowCss(css);
    expect(shadow.presentation.startsWith('@layer legible {')).toBe(true);
    expect(shadow.presentation).not.toContain(':where(body, body *)');
    expect(shadow.presentation).toContain(':where(*):not(');
    expect(shadow.presentation).toContain('#4D4B43');
    expect(shadow.metrics).toContain('font-family: "Legible Atkinson Hyperlegible"');
  });
});
