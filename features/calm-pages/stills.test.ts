// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isGif } from '@/features/calm-pages/stills';

describe('still images', () => {
  it('knows a GIF by its address', () => {
    expect(isGif('https://cdn.example/anim.gif')).toBe(true);
    expect(isGif('/a/b/SPINNER.GIF?v=3')).toBe(true);
    expect(isGif('spinner.gif#frame')).toBe(true);
    expect(isGif('data:image/gif;base64,R0lGOD')).toBe(true);
    expect(isGif('https://example.org/gift.png')).toBe(false);
    expect(isGif('https://example.org/gif/photo.jpg')).toBe(false);
    expect(isGif('')).toBe(false);
  });
});
