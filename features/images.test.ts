// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { altTextOf, images } from '@/features/images';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('images', () => {
  it('shows images as they are by default', () => {
    expect(cssOf(images, DEFAULT_SETTINGS)).toBe('');
  });

  it('greys images, or hides them and shows the alt text element', () => {
    expect(cssOf(images, { ...DEFAULT_SETTINGS, images: 'grayscale' })).toContain('grayscale(1)');
    const hidden = cssOf(images, { ...DEFAULT_SETTINGS, images: 'hide' });
    expect(hidden).toContain('display: none !important');
    expect(hidden).toContain('legible-alt { display: inline !important;');
  });
});

describe('alt texts', () => {
  it('say what an image showed, nothing for decorative ones', () => {
    expect(altTextOf(element('<img alt=" A map of Minsk ">'))).toBe('A map of Minsk');
    expect(altTextOf(element('<img alt="">'))).toBeNull();
    expect(altTextOf(element('<p>text</p>'))).toBeNull();
  });
});
