/**
 * Where the settings object lives. Its home is `storage.sync` under `settings`, so it
 * follows the user to every device. When sync is unavailable (disabled, no account,
 * an old Firefox profile) or refuses a write (quota), the object goes to
 * `storage.local` under `settingsNotSynced` and wins over sync until a later write or
 * another device's change replaces it: the user's choice is never dropped.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/settings/schema';

export const NOT_SYNCED_KEY = 'settingsNotSynced';

export type SettingsSource = 'sync' | 'local' | 'none';

export interface NotSynced {
  readonly settings: unknown;
  /** Why sync did not take it, as the browser said. */
  readonly reason: string;
  readonly at: number;
}

export interface RawRead {
  readonly raw: unknown;
  readonly source: SettingsSource;
}

function isNotSynced(value: unknown): value is NotSynced {
  return typeof value === 'object' && value !== null && 'settings' in value;
}

/** Reads `storage.sync`; where sync is off or absent, an empty area. */
async function readSyncArea(keys: string | null): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.sync.get(keys);
  } catch {
    return {};
  }
}

/** What was read of the two areas: `sync` whole or in part, `local` by the keys asked for. */
export interface StoredAreas {
  readonly sync: Record<string, unknown>;
  readonly local: Record<string, unknown>;
}

/**
 * Reads both areas at once: every page waits for this read before it is shown, and two
 * reads in a row take two trips to the browser. Each call to the storage API also costs
 * every frame of every page some work, so callers that need several keys ask once.
 */
export async function readStoredAreas(
  syncKeys: string | null,
  localKeys: readonly string[],
): Promise<StoredAreas> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...localKeys]),
    // Where sync is off or absent, local storage or the defaults stand in.
    readSyncArea(syncKeys),
  ]);
  return { sync, local };
}

/** The settings object in what was read (local's stand-in first), and where it came from. */
export function rawSettingsIn({ sync, local }: StoredAreas): RawRead {
  const notSynced = local[NOT_SYNCED_KEY];
  if (isNotSynced(notSynced)) return { raw: notSynced.settings, source: 'local' };
  if (sync[SETTINGS_KEY] !== undefined) return { raw: sync[SETTINGS_KEY], source: 'sync' };
  return { raw: undefined, source: 'none' };
}

export async function readRawSettings(): Promise<RawRead> {
  return rawSettingsIn(await readStoredAreas(SETTINGS_KEY, [NOT_SYNCED_KEY]));
}

/** Writes to sync, or to local when sync refuses; resolves to where it went. */
export async function writeRawSettings(settings: unknown): Promise<SettingsSource> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    const entry: NotSynced = { settings, reason: String(error), at: Date.now() };
    await browser.storage.local.set({ [NOT_SYNCED_KEY]: entry });
    return 'local';
  }
  await dropNotSynced();
  return 'sync';
}

/** Forgets the local stand-in once sync holds the newest settings. */
export async function dropNotSynced(): Promise<void> {
  const local = await browser.storage.local.get(NOT_SYNCED_KEY);
  if (local[NOT_SYNCED_KEY] !== undefined) await browser.storage.local.remove(NOT_SYNCED_KEY);
}
