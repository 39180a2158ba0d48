import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { calmPages } from '@/features/calm-pages/calm-pages';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const ON = { ...DEFAULT_SETTINGS, enabled: true };

describe('calm pages', () => {
  it('adds nothing when off, even with embeds to hide', () => {
    expect(cssOf(calmPages, { ...ON, hideEmbeds: true })).toBe('');
  });

  it('pauses animations and ends transitions in the body, never on the root', () => {
    const css = cssOf(calmPages, { ...ON, calmPages: true });
    expect(css).toContain('animation-play-state: paused !important');
    expect(css).toContain('transition-duration: 0s !important');
    // The root's animation is the first-paint hold: pausing it would keep the page hidden.
    expect(css).not.toMatch(/:root|^html/m);
    expect(css).not.toContain('iframe');
  });

  it('hides embedded frames only when asked', () => {
    const css = cssOf(calmPages, { ...ON, calmPages: true, hideEmbeds: true });
    expect(css).toMatch(/:where\(iframe, embed, object\) \{ display: none !important; \}/);
    expect(css).toContain('legible-embed-note { display: block');
  });
});
