/**
 * Puts Legible into pages only while readable mode is on. Nothing is declared in the
 * manifest for pages: when readable mode goes on, the background registers
 * - the first-paint hold (public/first-paint-hold.css), which the browser injects
 *   before the page is parsed, so no frame of the unstyled page is painted while the
 *   settings are read (asynchronously, as every storage read is), and
 * - the content script, for pages loaded from then on,
 * and injects the content script into the tabs already open. When readable mode goes
 * off both are unregistered and each running content script stops itself, so a page
 * loaded with readable mode off gets nothing at all: no script, no listener, no cost.
 */
import { browser, type Browser } from 'wxt/browser';

const HOLD_ID = 'legible-first-paint-hold';
const CONTENT_ID = 'legible-content';
const CONTENT_FILE = '/content-scripts/content.js';

type Registration = Browser.scripting.RegisteredContentScript;

function everyPage(id: string, files: { css: string[] } | { js: string[] }): Registration {
  return { id, matches: ['<all_urls>'], runAt: 'document_start', allFrames: true, ...files };
}

async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      await browser.scripting
        .executeScript({ target: { tabId: id, allFrames: true }, files: [CONTENT_FILE] })
        // Browser pages, the stores and other extensions refuse scripts: nothing to do there.
        .catch(() => undefined);
    }),
  );
}

export async function syncPageScripts(enabled: boolean): Promise<void> {
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
  );
  if (!enabled) {
    const ids = [HOLD_ID, CONTENT_ID].filter((id) => registered.has(id));
    if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
    return;
  }
  const missing = [
    ...(registered.has(HOLD_ID) ? [] : [everyPage(HOLD_ID, { css: ['/first-paint-hold.css'] })]),
    ...(registered.has(CONTENT_ID) ? [] : [everyPage(CONTENT_ID, { js: [CONTENT_FILE] })]),
  ];
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
  if (!registered.has(CONTENT_ID)) await injectIntoOpenTabs();
}
