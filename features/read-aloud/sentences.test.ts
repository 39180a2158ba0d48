import { describe, expect, it } from 'vitest';
import { splitSentences, spokenText } from '@/features/read-aloud/sentences';

const texts = (text: string, lang: string) =>
  splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits English, trimming the space between sentences', () => {
    expect(texts('  The library opens at nine. Is it free? Yes!  ', 'en')).toEqual([
      'The library opens at nine.',
      'Is it free?',
      'Yes!',
    ]);
  });

  it('splits Russian and Belarusian', () => {
    expect(texts('Библиотека работает с девяти. Билет выдают на входе.', 'ru')).toEqual([
      'Библиотека работает с девяти.',
      'Билет выдают на входе.',
    ]);
    expect(texts('Бібліятэка працуе з дзевяці. Чытацкі білет выдаюць каля ўваходу!', 'be')).toEqual(
      ['Бібліятэка працуе з дзевяці.', 'Чытацкі білет выдаюць каля ўваходу!'],
    );
  });

  it('leaves out pieces with nothing to say', () => {
    expect(texts('…', 'en')).toEqual([]);
    expect(texts('   ', 'en')).toEqual([]);
  });
});

describe('spokenText', () => {
  it('collapses whitespace', () => {
    expect(spokenText(' Ask at the\n   front desk. ')).toBe('Ask at the front desk.');
  });
});
