/**
 * `browser.i18n` for unit tests, which WXT's fake browser lacks. It reads the real
 * message files, placeholders included, so tests see the words users see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function loadMessages(lang: string): Record<string, Message> {
  // From the project root (Vitest's cwd): import.meta.url is not a file URL under happy-dom.
  const file = resolve('public/_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
}

/** Chrome's substitution rules: $NAME$ -> placeholder content -> $1..$9 -> argument. */
export function formatMessage(message: Message, substitutions: string[] = []): string {
  const withArgs = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return message.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const placeholder = message.placeholders?.[name.toLowerCase()];
    return placeholder ? withArgs(placeholder.content) : '';
  });
}

export function fakeI18n(lang = 'en') {
  const messages = loadMessages(lang);
  return {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const message = messages[key];
      if (!message) return '';
      const args = substitutions === undefined ? [] : [substitutions].flat();
      return formatMessage(message, args);
    },
    getUILanguage: () => lang,
  };
}
