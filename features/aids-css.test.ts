import { describe, expect, it } from 'vitest';
import { calmPages } from '@/features/calm-pages/calm-pages';
import { lineLength } from '@/features/line-length';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const CONTEXT = { assetUrl: (path: string) => path };
const ON = { ...DEFAULT_SETTINGS, enabled: true };

describe('line length', () => {
  it('adds nothing when off', () => {
    expect(lineLength.css(ON, CONTEXT)).toBe('');
  });

  it('caps text blocks in ch of their own font, only by max-inline-size', () => {
    const css = lineLength.css({ ...ON, lineLength: 70 }, CONTEXT);
    expect(css).toContain('max-inline-size: 70ch !important');
    expect(css).toMatch(/:where\(p, li, /);
    // Never a width or a min-width: a block may only get narrower.
    expect(css).not.toMatch(/[^-]width:/);
    expect(css).not.toContain('pre');
  });
});

describe('calm pages', () => {
  it('adds nothing when off, even with embeds to hide', () => {
    expect(calmPages.css({ ...ON, hideEmbeds: true }, CONTEXT)).toBe('');
  });

  it('pauses animations and ends transitions in the body, never on the root', () => {
    const css = calmPages.css({ ...ON, calmPages: true }, CONTEXT);
    expect(css).toContain('animation-play-state: paused !important');
    expect(css).toContain('transition-duration: 0s !important');
    // The root's animation is the first-paint hold: pausing it would keep the page hidden.
    expect(css).not.toMatch(/:root|^html/m);
    expect(css).not.toContain('iframe');
  });

  it('hides embedded frames only when asked', () => {
    const css = calmPages.css({ ...ON, calmPages: true, hideEmbeds: true }, CONTEXT);
    expect(css).toMatch(/:where\(iframe, embed, object\) \{ display: none !important; \}/);
    expect(css).toContain('legible-embed-note { display: block');
  });
});
