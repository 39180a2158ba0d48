// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { altTextOf } from '@/features/images';
import { standInPart, StandIns } from '@/features/stand-ins';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

describe('stand-ins', () => {
  it('are added once each, after their element, and all removed on clear', () => {
    document.body.innerHTML = '<img alt="one"><img alt="two"><img alt="">';
    const standIns = new StandIns('legible-alt', altTextOf);
    standIns.add(document.querySelectorAll('img'));
    standIns.add(document.querySelectorAll('img'));
    expect(document.body.innerHTML).toBe(
      '<img alt="one"><legible-alt>one</legible-alt><img alt="two"><legible-alt>two</legible-alt><img alt="">',
    );
    standIns.clear();
    expect(document.body.innerHTML).toBe('<img alt="one"><img alt="two"><img alt="">');
  });

  it('as a page part: batches while hiding, the whole page when hiding starts, none after', () => {
    document.body.innerHTML = '<img alt="one">';
    const part = standInPart(
      { doc: document, roots: () => [document] },
      { tag: 'legible-alt', selector: 'img', hides: (s) => s.images === 'hide', textOf: altTextOf },
    );
    const shown = { ...DEFAULT_SETTINGS, enabled: true };
    const hidden = { ...shown, images: 'hide' as const };
    const count = () => document.querySelectorAll('legible-alt').length;
    // The first settings add nothing: the engine's first batch hands over the page.
    part.apply(hidden);
    expect(count()).toBe(0);
    part.added?.([...document.querySelectorAll('img')]);
    expect(count()).toBe(1);
    part.apply(shown);
    expect(count()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<img alt="two">');
    part.added?.([document.querySelectorAll('img')[1]!]);
    expect(count()).toBe(0);
    part.apply(hidden);
    expect(count()).toBe(2);
    part.stop();
    expect(count()).toBe(0);
  });
});
