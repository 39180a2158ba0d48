/**
 * Scripts that no page gets until a control or a content script asks for them in its
 * tab (read aloud's, the reading aids' row, the reading guide's, calm pages'): injected
 * into one frame, once even when two requests come together. Each stays until the page
 * goes away.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Injections under way, by tab, frame and file, so that two requests inject a script once. */
const injecting = new Map<string, Promise<unknown>>();

/**
 * `immediately`: without waiting for the frame to be idle, which a frame that is still
 * loading (or never stops: page-scripts.ts) may not be for a long time.
 */
export function injectIntoFrame(
  tabId: number,
  frameId: number,
  file: ScriptPublicPath,
  immediately = false,
): Promise<unknown> {
  const key = `${tabId} ${frameId} ${file}`;
  let pending = injecting.get(key);
  if (!pending) {
    pending = browser.scripting
      .executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [file],
        ...(immediately && { injectImmediately: true }),
      })
      .finally(() => injecting.delete(key));
    injecting.set(key, pending);
  }
  return pending;
}

export function injectIntoTopFrame(tabId: number, file: ScriptPublicPath): Promise<unknown> {
  return injectIntoFrame(tabId, 0, file);
}
