import { describe, expect, it } from 'vitest';
import { pageCss, shadowCss } from '@/engine/page-css';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const CONTEXT = { assetUrl: (path: string) => `ext://id${path}` };
const NONE = { sizes: new Set<string>(), lineRatios: new Set<string>() };

describe('pageCss', () => {
  it('is empty while readable mode is off, whatever else is chosen', () => {
    expect(pageCss({ ...DEFAULT_SETTINGS, colorScheme: 'blue', fontScale: 2 }, CONTEXT, NONE)).toBe(
      '',
    );
  });

  it('puts every rule in the legible layer and font faces outside it', () => {
    const css = pageCss(
      { ...DEFAULT_SETTINGS, enabled: true, fontFamily: 'atkinson' },
      CONTEXT,
      NONE,
    );
    const layerAt = css.indexOf('@layer legible {');
    expect(layerAt).toBeGreaterThan(0);
    expect(css.lastIndexOf('@font-face')).toBeLessThan(layerAt);
    expect(css).toContain('url("ext://id/fonts/');
  });

  it('ends the first-paint hold whenever readable mode is on', () => {
    expect(pageCss({ ...DEFAULT_SETTINGS, enabled: true }, CONTEXT, NONE)).toContain(
      ':root { animation-delay: -1000s !important; }',
    );
  });

  it('gives shadow roots the rules without the body scope and without font faces', () => {
    const css = pageCss(
      { ...DEFAULT_SETTINGS, enabled: true, fontFamily: 'atkinson', colorScheme: 'beige' },
      CONTEXT,
      NONE,
    );
    const shadow = shadowCss(css);
    expect(shadow.startsWith('@layer legible {')).toBe(true);
    expect(shadow).not.toContain(':where(body, body *)');
    expect(shadow).toContain(':where(*):not(');
    expect(shadow).toContain('#4D4B43');
  });
});
