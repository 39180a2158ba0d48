/**
 * Which language a text is in, as a BCP 47 primary subtag ("en", "ru", "be"): what
 * picks the voice. The page's markup says it when it can (`lang` on the element or the
 * document); without that, the script decides: Belarusian is the Cyrillic language
 * with ў and the dotted і, Russian any other Cyrillic, English everything else.
 */

/** "ru-RU" → "ru"; "" → "". */
export function primaryTag(lang: string): string {
  return lang.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The language a plain text looks like, from its letters alone. */
export function detectLanguage(text: string): string {
  if (!/[\u0400-\u04FF]/.test(text)) return 'en';
  // ў occurs only in Belarusian; і also in Ukrainian, but without ї/є/ґ it is Belarusian.
  if (/[ўЎ]/.test(text) || (/[іІ]/.test(text) && !/[їЇєЄґҐ]/.test(text))) return 'be';
  return 'ru';
}

/** The declared language of `element` (its nearest `lang`), or "" when none is declared. */
export function declaredLanguage(element: Element | null): string {
  const lang = element?.closest('[lang]')?.getAttribute('lang') ?? '';
  return primaryTag(lang);
}

/** The page's language: `<html lang>`, else what its text looks like. */
export function pageLanguage(doc: Document): string {
  return (
    primaryTag(doc.documentElement.lang) ||
    detectLanguage((doc.body?.textContent ?? '').slice(0, 2000))
  );
}
