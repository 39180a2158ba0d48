// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cssOf } from '@/tests/support/feature-css';
import { CALM_PAGES_SCRIPT, CalmPagesRequest, calmPages } from '@/features/calm-pages/calm-pages';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { ContentScriptContext } from '@/utils/content-script-context';
import { CALM_PAGES_WANTED_MESSAGE } from '@/utils/protocol';

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

describe("calm pages' script request", () => {
  const sent = vi.fn();
  // The fake browser is reset before each test: the spy goes in after that.
  beforeEach(() => {
    sent.mockReset().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.runtime, { sendMessage: sent });
  });

  it('asks for the script once, the first time calm pages is on', () => {
    const request = new CalmPagesRequest();
    request.apply(ON);
    expect(sent).not.toHaveBeenCalled();
    request.apply({ ...ON, calmPages: true });
    request.apply(ON);
    request.apply({ ...ON, calmPages: true });
    expect(sent).toHaveBeenCalledExactlyOnceWith({ type: CALM_PAGES_WANTED_MESSAGE });
  });

  it('does not ask where the registered copy already runs', () => {
    const registered = new ContentScriptContext(CALM_PAGES_SCRIPT, {});
    new CalmPagesRequest().apply({ ...ON, calmPages: true });
    registered.notifyInvalidated();
    expect(sent).not.toHaveBeenCalled();
  });
});
