import { describe, expect, it } from 'vitest';
import { contrastRatio, isDark, luminance } from '@/features/color-scheme/contrast';

describe('contrast maths', () => {
  it('gives black on white 21:1, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
  });

  it('gives a colour on itself 1:1', () => {
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches published values (WebAIM: #767676 on white is 4.54:1)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
  });

  it('weighs green far above blue (sRGB luminance coefficients)', () => {
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('tells dark backgrounds from light ones', () => {
    expect(isDark('#000000')).toBe(true);
    expect(isDark('#3b2716')).toBe(true);
    expect(isDark('#9dd1ff')).toBe(false);
    expect(isDark('#ffffff')).toBe(false);
  });
});
