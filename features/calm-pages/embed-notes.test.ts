// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { embedTextOf } from '@/features/calm-pages/embed-notes';

const embedText = embedTextOf(() => 'Hidden');

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('embed notes', () => {
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
});
