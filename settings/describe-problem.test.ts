import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeProblem } from '@/settings/describe-problem';
import { repairSettings } from '@/settings/repair';
import { fakeI18n, loadMessages } from '@/tests/support/fake-i18n';

const LANGS = ['en', 'ru', 'be'] as const;

describe('messages', () => {
  it('every language has the same keys and placeholders as English', () => {
    const shape = (lang: string) =>
      Object.fromEntries(
        Object.entries(loadMessages(lang)).map(([key, m]) => [
          key,
          Object.keys(m.placeholders ?? {}).sort(),
        ]),
      );
    for (const lang of LANGS) expect(shape(lang)).toEqual(shape('en'));
  });

  it('no message is empty', () => {
    for (const lang of LANGS) {
      for (const [key, m] of Object.entries(loadMessages(lang)))
        expect(m.message.trim(), key).not.toBe('');
    }
  });
});

describe('describeProblem', () => {
  it('names the field, the bad value and what is used instead', () => {
    const [problem] = repairSettings({ fontScale: 9 }).problems;
    expect(describeProblem(problem!)).toBe('Font size: 9 is out of range; using 3.');
  });

  it('says it in Russian and Belarusian too', () => {
    const [problem] = repairSettings({ colorScheme: 'purple' }).problems;
    Object.assign(fakeBrowser, { i18n: fakeI18n('ru') });
    expect(describeProblem(problem!)).toBe(
      'Цветовая схема: вариант "purple" неизвестен; используется "original".',
    );
    Object.assign(fakeBrowser, { i18n: fakeI18n('be') });
    expect(describeProblem(problem!)).toBe(
      'Колеравая схема: варыянт "purple" невядомы; выкарыстоўваецца "original".',
    );
  });

  it('shortens a huge bad value', () => {
    const [problem] = repairSettings({ images: 'x'.repeat(500) }).problems;
    expect(describeProblem(problem!)!.length).toBeLessThan(120);
  });

  it('leaves the newer-version note to the report as a whole', () => {
    const [problem] = repairSettings({ version: 2 }).problems;
    expect(problem?.kind).toBe('newer-version');
    expect(describeProblem(problem!)).toBeNull();
  });
});
