import { describe, expect, it } from 'vitest';
import { fontScaleCss, lineRatioKey, sizeKey } from '@/features/font-scale';

describe('font scale', () => {
  it('rounds sizes to a quarter pixel', () => {
    expect(sizeKey(14)).toBe('14');
    expect(sizeKey(13.3333)).toBe('13.25');
    expect(sizeKey(10.9)).toBe('11');
  });

  it('keeps line height as a ratio of the font size', () => {
    expect(lineRatioKey(20, 14)).toBe('1.43');
    expect(lineRatioKey(24, 16)).toBe('1.5');
    expect(lineRatioKey(Number.NaN, 16)).toBeNull();
    expect(lineRatioKey(20, 0)).toBeNull();
  });

  it('multiplies every measured size, so a heading stays larger than body text', () => {
    const css = fontScaleCss(1.5, null, { sizes: new Set(['14', '24']), lineRatios: new Set() });
    expect(css).toContain('[data-legible-size="14"] { font-size: 21px !important; }');
    expect(css).toContain('[data-legible-size="24"] { font-size: 36px !important; }');
  });

  it('scales up to 3x', () => {
    const css = fontScaleCss(3, null, { sizes: new Set(['12.5']), lineRatios: new Set() });
    expect(css).toContain('font-size: 37.5px');
  });

  it('keeps the page line-height ratios only while no line spacing is chosen', () => {
    const measured = { sizes: new Set(['14']), lineRatios: new Set(['1.43']) };
    expect(fontScaleCss(2, null, measured)).toContain(
      '[data-legible-lh="1.43"] { line-height: 1.43 !important; }',
    );
    expect(fontScaleCss(2, 1.5, measured)).not.toContain('data-legible-lh');
  });

  it('adds nothing at 100 %', () => {
    expect(fontScaleCss(1, null, { sizes: new Set(['14']), lineRatios: new Set(['1.5']) })).toBe(
      '',
    );
  });
});
