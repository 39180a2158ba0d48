/**
 * Where the settings object lives. Its home is `storage.sync` under `settings`, so it
 * follows the user to every device. When sync is unavailable (disabled, no account,
 * an old Firefox profile) or refuses a write (quota), the object this computer meant to
 * write goes to `storage.local` under `settingsNotSynced` and is what every context
 * shows until sync takes it; the one writer (settings/sync-writer.ts) merges it again
 * with every change that arrives from sync, and drops it once sync holds it all.
 *
 * Reads for display (`readStoredAreas`) take an unreadable sync for an empty one, so
 * pages still get their settings; the writer reads sync itself and writes nothing when
 * that read fails.
 */
import { browser } from 'wxt/browser';
import { saveBackup, type BackupReason } from '@/settings/backups';
import { SETTINGS_KEY } from '@/settings/schema';
import type { SiteTable } from '@/settings/site-choices';

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
async function readSyncArea(
  keys: string | null,
): Promise<{ sync: Record<string, unknown>; unread?: true }> {
  try {
    return { sync: await browser.storage.sync.get(keys) };
  } catch {
    return { sync: {}, unread: true };
  }
}

/** What was read of the two areas: `sync` whole or in part, `local` by the keys asked for. */
export interface StoredAreas {
  readonly sync: Record<string, unknown>;
  readonly local: Record<string, unknown>;
  /** Sync could not be read: `sync` is empty for display, and nothing may be written from it. */
  readonly unread?: true;
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
  const [local, read] = await Promise.all([
    browser.storage.local.get([...localKeys]),
    // Where sync is off or absent, local storage or the defaults stand in.
    readSyncArea(syncKeys),
  ]);
  return { ...read, local };
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

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  readonly sync: StorageArea;
  readonly local: StorageArea;
}

export function browserAreas(): StorageAreas {
  return { sync: browser.storage.sync, local: browser.storage.local };
}

/**
 * Writes `settings` (unless undefined) and the items `alongside` it to sync in one call,
 * or keeps `settings` in local when sync refuses; resolves to where it went.
 */
export async function writeRawSettings(
  settings: unknown,
  alongside: Record<string, unknown> = {},
  areas: StorageAreas = browserAreas(),
): Promise<SettingsSource> {
  try {
    await areas.sync.set(
      settings === undefined ? alongside : { [SETTINGS_KEY]: settings, ...alongside },
    );
  } catch (error) {
    if (settings !== undefined) await keepNotSynced(settings, String(error), areas);
    return 'local';
  }
  if (settings !== undefined) await dropNotSynced(areas);
  return 'sync';
}

/** Keeps `settings` in local as what this computer shows until sync takes it. */
export async function keepNotSynced(
  settings: unknown,
  reason: string,
  areas: StorageAreas = browserAreas(),
): Promise<void> {
  const entry: NotSynced = { settings, reason, at: Date.now() };
  await areas.local.set({ [NOT_SYNCED_KEY]: entry });
}

/** The reason sync last gave for refusing the settings, as kept with them. */
export async function notSyncedReason(
  areas: StorageAreas = browserAreas(),
): Promise<string | null> {
  const kept = (await areas.local.get(NOT_SYNCED_KEY))[NOT_SYNCED_KEY];
  return isNotSynced(kept) ? kept.reason : null;
}

/**
 * Forgets the local stand-in once sync holds the newest settings. What this computer
 * showed stays among the backups: sync took it merged with what arrived meanwhile,
 * which may not be what the reader meant.
 */
export async function dropNotSynced(areas: StorageAreas = browserAreas()): Promise<void> {
  const standIn = (await areas.local.get(NOT_SYNCED_KEY))[NOT_SYNCED_KEY];
  if (standIn === undefined) return;
  const original = isNotSynced(standIn) ? standIn.settings : standIn;
  await saveBackup({ original, reason: 'stand-in', problems: [], at: Date.now() }, areas.local);
  await areas.local.remove(NOT_SYNCED_KEY);
}

/** Backs up the settings as stored now and the user's own site choices, before `reason`. */
export async function backUpStored(reason: BackupReason, sites: SiteTable): Promise<void> {
  const { raw } = await readRawSettings();
  await saveBackup({ original: raw, sites, reason, problems: [], at: Date.now() });
}
