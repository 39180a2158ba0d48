/**
 * UI strings, from `public/_locales/<lang>/messages.json` in the browser's UI language
 * (English, Russian, Belarusian). Components never hard-code a string: they ask here.
 */
import { browser } from 'wxt/browser';
import type enMessages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;

export function t(key: MessageKey, substitutions?: string[]): string {
  // getMessage answers "" for a missing key; the key itself is a visible, findable fallback.
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language Legible's strings are shown in ("en", "ru", "be"): read from the message
 * files themselves, since the browser may pick a translation for a UI language it
 * reports differently. This is what screen readers must be told.
 */
export function uiLanguage(): string {
  return t('locale');
}

/** Marks a page with the UI language so screen readers pronounce it correctly. */
export function setDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
}
