// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { altTextOf, embedTextOf, StandIns } from '@/engine/stand-ins';

const embedText = embedTextOf(() => 'Hidden');

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('stand-ins', () => {
  it('say what an image showed, nothing for decorative ones', () => {
    expect(altTextOf(element('<img alt=" A map of Minsk ">'))).toBe('A map of Minsk');
    expect(altTextOf(element('<img alt="">'))).toBeNull();
    expect(altTextOf(element('<p>text</p>'))).toBeNull();
  });

  it('name an embed by its title, label or site', () => {
    expect(embedText(element('<embed title="Weather" src="https://w.example/w.svg">'))).toBe(
      'Hidden: Weather',
    );
    expect(embedText(element('<object aria-label="Map" data="/map.svg"></object>'))).toBe(
      'Hidden: Map',
    );
    expect(embedText(element('<embed src="https://www.youtube.com/v/x">'))).toBe(
      'Hidden: www.youtube.com',
    );
    expect(embedText(element('<img src="a.png">'))).toBeNull();
  });

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
});
