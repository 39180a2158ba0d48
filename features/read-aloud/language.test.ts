// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  declaredLanguage,
  detectLanguage,
  pageLanguage,
  primaryTag,
} from '@/features/read-aloud/language';

describe('language', () => {
  it('takes the primary subtag', () => {
    expect(primaryTag('ru-RU')).toBe('ru');
    expect(primaryTag('BE_by')).toBe('be');
    expect(primaryTag('')).toBe('');
  });

  it('tells Belarusian, Russian and English apart by their letters', () => {
    expect(detectLanguage('Чытацкі білет выдаюць каля ўваходу.')).toBe('be');
    expect(detectLanguage('Бібліятэка працуе.')).toBe('be');
    expect(detectLanguage('Читательский билет выдают на входе.')).toBe('ru');
    expect(detectLanguage('Ukrainian: їжак і є.')).toBe('ru');
    expect(detectLanguage('The library opens at nine.')).toBe('en');
  });

  it("reads the page's declared language, else detects it", () => {
    document.documentElement.lang = 'be-BY';
    document.body.innerHTML = '<p lang="ru"><b>Текст</b></p><p>Text</p>';
    expect(pageLanguage(document)).toBe('be');
    expect(declaredLanguage(document.querySelector('b'))).toBe('ru');
    expect(declaredLanguage(document.querySelectorAll('p')[1]!)).toBe('be');
    document.documentElement.lang = '';
    document.body.textContent = 'Читательский билет выдают на входе.';
    expect(pageLanguage(document)).toBe('ru');
  });
});
