/**
 * What every context of this computer shows while sync does not hold its changes: the
 * stand-ins in `storage.local` that loadSettings reads over sync (settings/storage-areas.ts,
 * settings/site-shards.ts). `settingsNotSynced` holds the settings object this computer
 * meant to write (sync's, with its changes merged in), `sitesNotSynced` the site
 * choices sync has not taken (`null`: a removal) and those it has no room for. The one
 * writer (settings/sync-writer.ts) rewrites them after every attempt, so they follow
 * what arrives from sync meanwhile, and drops them once sync holds everything.
 */
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { SITES_NOT_SYNCED_KEY } from '@/settings/site-shards';
import {
  dropNotSynced,
  keepNotSynced,
  NOT_SYNCED_KEY,
  type NotSynced,
  type StorageAreas,
} from '@/settings/storage-areas';
import { IN_SYNC, KEPT_HERE, type Journal } from '@/settings/sync-journal';

/**
 * The settings of a refused write: the object meant for sync; 'kept' when it is kept
 * already (writeRawSettings did); 'unread' when sync could not be read; undefined when
 * the write held no settings.
 */
export type KeptSettings = Record<string, unknown> | 'kept' | 'unread' | undefined;

const json = (value: unknown) => JSON.stringify(value ?? null);

/** Sync holds everything of this computer's but the sites it has no room for. */
export async function showInSync(journal: Journal, areas: StorageAreas): Promise<void> {
  const { local } = areas;
  const kept = Object.fromEntries(
    Object.entries(journal.sites)
      .filter(([, [entry, , state]]) => state === KEPT_HERE && entry !== null)
      .map(([site, [entry]]) => [site, entry]),
  );
  const stored = await local.get([NOT_SYNCED_KEY, SITES_NOT_SYNCED_KEY]);
  if (stored[NOT_SYNCED_KEY] !== undefined) await dropNotSynced(areas);
  if (Object.keys(kept).length > 0) {
    if (json(stored[SITES_NOT_SYNCED_KEY]) !== json(kept))
      await local.set({ [SITES_NOT_SYNCED_KEY]: kept });
  } else if (stored[SITES_NOT_SYNCED_KEY] !== undefined) await local.remove(SITES_NOT_SYNCED_KEY);
}

/** Sync refused this computer's changes (or could not be read): they are shown from here. */
export async function showKeptHere(
  journal: Journal,
  reason: string,
  settings: KeptSettings,
  areas: StorageAreas,
): Promise<void> {
  if (settings === 'unread') {
    // What this computer showed before, with its changes over it.
    const before = (await areas.local.get(NOT_SYNCED_KEY))[NOT_SYNCED_KEY] as NotSynced | undefined;
    const base = (before?.settings as Record<string, unknown> | undefined) ?? {
      ...DEFAULT_SETTINGS,
    };
    const mine = Object.fromEntries(
      Object.entries(journal.settings).map(([field, [value]]) => [field, value]),
    );
    await keepNotSynced({ ...base, ...mine }, reason, areas);
  } else if (settings !== undefined && settings !== 'kept')
    await keepNotSynced(settings, reason, areas);
  const sites = Object.fromEntries(
    Object.entries(journal.sites)
      .filter(([, [, , state]]) => state !== IN_SYNC)
      .map(([site, [entry]]) => [site, entry]),
  );
  if (Object.keys(sites).length > 0) await areas.local.set({ [SITES_NOT_SYNCED_KEY]: sites });
}
