/**
 * Keeps a set of Legible's registered page files (the first-paint holds, calm pages'
 * script) in step with what the settings want, without a gap: the new registrations go
 * in first and the stale ones go last, so a page that loads meanwhile gets the old one
 * or the new one (or both), never none.
 */
import { browser, type Browser } from 'wxt/browser';

export type Registration = Browser.scripting.RegisteredContentScript;

/** Whether the browser's registration already is `wanted` (it may drop a leading slash). */
function isAsWanted(current: Registration, wanted: Registration): boolean {
  const files = (list?: string[]) => (list ?? []).map((file) => file.replace(/^\//, ''));
  const same = (a?: string[], b?: string[]) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (
    same(files(current.css), files(wanted.css)) &&
    same(files(current.js), files(wanted.js)) &&
    same(current.matches, wanted.matches) &&
    same(current.excludeMatches, wanted.excludeMatches)
  );
}

/** Brings the registrations whose id `isOurs` to exactly `wanted`. */
export async function syncRegistrations(
  wanted: readonly Registration[],
  isOurs: (id: string) => boolean,
): Promise<void> {
  const current = (await browser.scripting.getRegisteredContentScripts()).filter(({ id }) =>
    isOurs(id),
  );
  const byId = new Map(current.map((registration) => [registration.id, registration]));
  const missing = wanted.filter(({ id }) => !byId.has(id));
  const changed = wanted.filter((registration) => {
    const registered = byId.get(registration.id);
    return registered !== undefined && !isAsWanted(registered, registration);
  });
  const stale = current.filter(({ id }) => !wanted.some((w) => w.id === id)).map(({ id }) => id);
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
  if (changed.length > 0) {
    // An excluded list that is no longer wanted must be emptied, not left out.
    await browser.scripting.updateContentScripts(
      changed.map((registration) => ({ excludeMatches: [], ...registration })),
    );
  }
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
}
