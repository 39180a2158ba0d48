/**
 * Registers the first-paint hold (public/first-paint-hold.css) as a content script
 * stylesheet while readable mode is on, and unregisters it when it goes off. The
 * browser injects it before the page is parsed, which no script can do: settings are
 * read asynchronously, and without the hold a fast page could paint before they
 * arrive. With readable mode off nothing is registered, so pages get nothing at all.
 */
import { browser } from 'wxt/browser';

const HOLD_ID = 'legible-first-paint-hold';

export async function syncFirstPaintHold(enabled: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [HOLD_ID] });
  if (enabled && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: HOLD_ID,
        matches: ['<all_urls>'],
        css: ['first-paint-hold.css'],
        runAt: 'document_start',
        allFrames: true,
      },
    ]);
  } else if (!enabled && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [HOLD_ID] });
  }
}
