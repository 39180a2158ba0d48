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

export async function readRawSettings(): Promise<RawRead> {
  const local = await browser.storage.local.get(NOT_SYNCED_KEY);
  const notSynced = local[NOT_SYNCED_KEY];
  if (isNotSynced(notSynced)) return { raw: notSynced.settings, source: 'local' };
  try {
    const synced = await browser.storage.sync.get(SETTINGS_KEY);
    if (synced[SETTINGS_KEY] !== undefined) return { raw: synced[SETTINGS_KEY], source: 'sync' };
  } catch {
    // Sync is off or absent: local storage (above) or the defaults stand in.
  }
  return { raw: undefined, source: 'none' };
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
