// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bandTop, guideLook, ReadingGuide } from '@/features/reading-guide';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const ON = { ...DEFAULT_SETTINGS, enabled: true, readingGuide: true };

describe('reading guide', () => {
  it('sizes the band in lines of the scaled text', () => {
    expect(guideLook(ON).height).toBe(72); // 3 lines × 16 px × 1.5
    expect(guideLook({ ...ON, fontScale: 2, lineHeight: 2, readingGuideHeight: 1 }).height).toBe(
      64,
    );
  });

  it('dims in the scheme background and edges in its text colour; grey on the page colours', () => {
    expect(guideLook({ ...ON, colorScheme: 'blue' })).toMatchObject({
      dim: '#9DD1FF',
      edge: '#063462',
    });
    expect(guideLook({ ...ON, customColors: true })).toMatchObject({
      dim: '#fdf6e3',
      edge: '#1a1a1a',
    });
    expect(guideLook(ON)).toMatchObject({ dim: '#000000', dimOpacity: 0.55 });
  });

  it('centres the band on the pointer but keeps it inside the window', () => {
    expect(bandTop(400, 72, 800)).toBe(364);
    expect(bandTop(10, 72, 800)).toBe(0);
    expect(bandTop(790, 72, 800)).toBe(728);
    expect(bandTop(50, 900, 800)).toBe(0);
  });

  it('adds one element when on and takes it away when off', () => {
    const guide = new ReadingGuide(document);
    guide.apply(ON);
    guide.apply({ ...ON, readingGuideHeight: 5 });
    expect(document.querySelectorAll('legible-guide')).toHaveLength(1);
    const host = document.querySelector('legible-guide')!;
    expect(host.getAttribute('aria-hidden')).toBe('true');
    // Closed: the page's scripts cannot reach the band (issue #14).
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toContain('pointer-events: none !important');
    guide.apply({ ...ON, readingGuide: false });
    expect(document.querySelector('legible-guide')).toBeNull();
    guide.apply(ON);
    guide.stop();
    expect(document.querySelector('legible-guide')).toBeNull();
  });
});
