import { describe, expect, it } from 'vitest';
import { isIconFont, isPrivateUseText } from '@/engine/icon-detect';

describe('icon detection', () => {
  it.each([
    '"Font Awesome 6 Free"',
    'FontAwesome',
    '"Material Icons"',
    '"Material Symbols Outlined"',
    'Glyphicons Halflings',
    'dashicons',
    'icomoon, sans-serif',
  ])('knows %s as an icon font', (family) => expect(isIconFont(family)).toBe(true));

  it.each(['Georgia, serif', 'Arial', '"Times New Roman", Tinos', 'system-ui', '"Segoe UI"'])(
    'knows %s as a text font',
    (family) => expect(isIconFont(family)).toBe(false),
  );

  it('judges only the first family: a text font with an icon fallback is text', () => {
    expect(isIconFont('Roboto, "Material Icons"')).toBe(false);
  });

  it('treats private-use glyphs as icons, and text (Cyrillic included) as text', () => {
    expect(isPrivateUseText('\uf007')).toBe(true);
    expect(isPrivateUseText(' \ue001 \u{F0001} ')).toBe(true);
    expect(isPrivateUseText('ў і ё')).toBe(false);
    expect(isPrivateUseText('\uf007 Home')).toBe(false);
    expect(isPrivateUseText('   ')).toBe(false);
  });
});
