// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectSentences } from '@/features/read-aloud/collect';

const read = (start: Parameters<typeof collectSentences>[1]) =>
  collectSentences(document, start).map(({ text, lang, range }) => [text, lang, range.toString()]);

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.innerHTML = `
    <nav><a href="#">Home</a></nav>
    <main>
      <h1>Opening hours</h1>
      <p id="en">The library opens at nine. Ask at the <a href="#">front desk</a>
        for a card. <span style="display: none">Hidden.</span><span aria-hidden="true">Icon.</span>Cards are free.</p>
      <script>var notRead = 1;</script>
      <p id="ru" lang="ru">Библиотека работает с девяти. Билет выдают на входе.</p>
      <p id="be">Чытацкі білет выдаюць каля ўваходу.</p>
      <legible-alt>Alt text Legible shows.</legible-alt>
    </main>
    <footer>Not read.</footer>`;
});

describe('collectSentences', () => {
  it('reads from the first paragraph of the main content to its end, sentence by sentence', () => {
    expect(read({ selection: null, focus: null })).toEqual([
      ['The library opens at nine.', 'en', 'The library opens at nine.'],
      ['Ask at the front desk for a card.', 'en', 'Ask at the front desk\n        for a card.'],
      ['Cards are free.', 'en', 'Cards are free.'],
      ['Библиотека работает с девяти.', 'ru', 'Библиотека работает с девяти.'],
      ['Билет выдают на входе.', 'ru', 'Билет выдают на входе.'],
      // Declared English by <html lang>: the markup wins over the letters.
      ['Чытацкі білет выдаюць каля ўваходу.', 'en', 'Чытацкі білет выдаюць каля ўваходу.'],
    ]);
  });

  it('detects the language where none is declared', () => {
    document.documentElement.lang = '';
    expect(read({ selection: null, focus: document.getElementById('be') }).at(0)?.[1]).toBe('be');
  });

  it('starts at the block under focus', () => {
    const link = document.querySelector('#ru')!;
    expect(read({ selection: null, focus: link }).map(([text]) => text)).toEqual([
      'Библиотека работает с девяти.',
      'Билет выдают на входе.',
      'Чытацкі білет выдаюць каля ўваходу.',
    ]);
  });

  it('reads only the selection, cutting sentences at its ends', () => {
    const text = document.querySelector('#en')!.firstChild as Text;
    const link = document.querySelector('#en a')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 'The '.length);
    range.setEnd(link, 'front'.length);
    expect(read({ selection: range, focus: null })).toEqual([
      ['library opens at nine.', 'en', 'library opens at nine.'],
      ['Ask at the front', 'en', 'Ask at the front'],
    ]);
  });

  it('takes a collapsed selection as a place to start from', () => {
    const range = document.createRange();
    range.setStart(document.querySelector('#be')!.firstChild!, 3);
    expect(read({ selection: range, focus: null }).map(([text]) => text)).toEqual([
      'Чытацкі білет выдаюць каля ўваходу.',
    ]);
  });

  it('reads nothing from a selection in what it never reads', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('script')!);
    expect(read({ selection: range, focus: null }).at(0)?.[0]).toBe('The library opens at nine.');
  });
});
