/**
 * How the background writes the changes the on-page panel sends (settings/
 * page-settings-store.ts), once settings/change-messages.ts found them sound and took
 * the site from the sender: as the panel means them, into the site's own settings where
 * the site has them (SettingsStore.updateFor), one change at a time through one store
 * that follows storage, so that two quick changes to a site's own settings both stay
 * (each is written as the site's whole entry).
 */
import type { KnownSettings } from '@/settings/schema';
import { SettingsStore } from '@/settings/settings-store';
import type { SyncWriter } from '@/settings/sync-writer';

/** Writes a page's `patch` on `site` (null: a page that is not a web site). */
export type PageChangeWriter = (
  site: string | null,
  patch: Partial<KnownSettings>,
) => Promise<void>;

/**
 * The background's writer of page changes, through `writer`; its store follows storage
 * until `signal` aborts. Each write resolves once it was tried.
 */
export function pageChangeWriter(writer: SyncWriter, signal: AbortSignal): PageChangeWriter {
  let store: SettingsStore | null = null;
  let queue: Promise<void> = Promise.resolve();
  return (site, patch) => {
    if (!store) {
      store = new SettingsStore({
        send: (change) => writer.apply(change),
        flush: () => writer.flush(),
      });
      // Followed so that what another context wrote is what the next change starts from.
      store.watch(() => undefined, { signal });
    }
    const following = store;
    queue = queue.then(() => following.updateFor(site, patch)).catch(() => undefined);
    return queue.then(() => following.idle());
  };
}
