/**
 * The every-frame reader of the settings: the page copy (settings/page-copy.ts) for this
 * frame's site, read with one `storage.local.get` and followed through
 * `storage.onChanged`. No schema, repair or policy code: the background resolved it all.
 * While there is no copy this version published (the first run, just after an update, or
 * local storage cleared), nothing is shown: the reader asks the background to publish
 * and waits for the copy to arrive.
 */
import { browser } from 'wxt/browser';
import { PAGE_SETTINGS_KEY, pageSiteKey, settingsFromCopy } from '@/settings/page-copy';
import type { Settings } from '@/settings/schema';
import { listen } from '@/utils/listen';
import { PAGE_COPY_WANTED_MESSAGE, type PageCopyWantedMessage } from '@/utils/protocol';

interface StorageChange {
  readonly newValue?: unknown;
}

/**
 * Calls `listener` with the settings that apply on `site` (null: a page that is not a
 * web site) once they are known, and again whenever they change, until `signal` aborts.
 * `version` is this Legible's manifest version. Gives a function that reads the copy
 * again, for a caller that knows it was just published (settings/page-settings-store.ts).
 */
export function watchPageSettings(
  site: string | null,
  version: string,
  listener: (settings: Settings) => void,
  signal: AbortSignal,
): () => Promise<void> {
  const keys = site === null ? [PAGE_SETTINGS_KEY] : [PAGE_SETTINGS_KEY, pageSiteKey(site)];
  const copy: Record<string, unknown> = {};
  /** Keys heard of before a read came back: newer than what it read. */
  const heard = new Set<string>();
  let shown = '';
  let asked = false;

  const show = () => {
    const settings = settingsFromCopy(copy[PAGE_SETTINGS_KEY], copy[keys[1] ?? ''], version);
    if (settings === null) {
      if (asked) return;
      asked = true;
      const wanted: PageCopyWantedMessage = { type: PAGE_COPY_WANTED_MESSAGE };
      // The background is being reloaded with the extension: its start publishes the copy.
      browser.runtime.sendMessage(wanted).catch(() => undefined);
      return;
    }
    asked = false;
    const json = JSON.stringify(settings);
    if (json === shown) return;
    shown = json;
    listener(settings);
  };

  let read = false;
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'local' || !keys.some((key) => key in changes)) return;
    for (const key of keys) {
      const change = changes[key];
      if (change === undefined) continue;
      copy[key] = change.newValue;
      heard.add(key);
    }
    if (read) show();
  };
  listen(browser.storage.onChanged, onChanged, signal);
  const readCopy = () => {
    heard.clear();
    return browser.storage.local.get(keys).then((stored: Record<string, unknown>) => {
      if (signal.aborted) return;
      for (const key of keys) if (!heard.has(key)) copy[key] = stored[key];
      read = true;
      show();
    });
  };
  void readCopy();
  return readCopy;
}
