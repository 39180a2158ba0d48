/**
 * Scripts that no page gets until a control asks for them in its tab (read aloud's,
 * the reading aids' row): injected into the tab's top frame, once even when two
 * requests come together. Each stays until the page goes away.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Injections under way, by tab and file, so that two requests inject a script once. */
const injecting = new Map<string, Promise<unknown>>();

export function injectIntoTopFrame(tabId: number, file: ScriptPublicPath): Promise<unknown> {
  const key = `${tabId} ${file}`;
  let pending = injecting.get(key);
  if (!pending) {
    pending = browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [file] })
      .finally(() => injecting.delete(key));
    injecting.set(key, pending);
  }
  return pending;
}
