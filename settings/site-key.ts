/**
 * The key a page's settings are filed under, in a module of its own: the every-frame
 * content script needs it, and nothing else of settings/site-choices.ts (whose repair
 * code would bring the whole schema along).
 */

/** The key a page's settings are filed under: its host name, lower case, without "www.". */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}
