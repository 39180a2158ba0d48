/**
 * Backups of the user's settings, kept in `storage.local` (`settingsBackup`, the ten
 * newest): the background's repair saves the original before it rewrites it, and the
 * options page saves what there was before an import, "Reset all" or a restore. The
 * options page lists them and restores them: nothing the user had is lost to a bad
 * file or a wrong click.
 */
import { browser } from 'wxt/browser';
import type { SettingsProblem } from '@/settings/repair';
import type { SiteTable } from '@/settings/site-choices';

export const BACKUP_KEY = 'settingsBackup';

/** Where backups are kept: `storage.local`, or a test's stand-in for it. */
export interface LocalArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
/** How many to keep; older ones are the least likely to be wanted. */
const BACKUPS_KEPT = 10;

/**
 * Why a backup was made, where not the background's repair (which gives none):
 * 'stand-in' is the settings kept on this computer while sync refused them, saved as
 * sync takes them over (sync-stand-ins.ts).
 */
export type BackupReason = 'import' | 'reset' | 'restore' | 'stand-in';

export interface SettingsBackup {
  /** The settings object as it was (for a repair: as stored, before the repair). */
  readonly original: unknown;
  /** The user's own site choices as they were, where the change replaced them too. */
  readonly sites?: SiteTable;
  readonly reason?: BackupReason;
  /** What the repair found (empty for the other reasons). */
  readonly problems: readonly SettingsProblem[];
  readonly at: number;
}

function isBackup(value: unknown): value is SettingsBackup {
  return typeof value === 'object' && value !== null && 'original' in value && 'at' in value;
}

/** The backups, oldest first; anything else stored under the key is passed over. */
export async function readBackups(
  local: LocalArea = browser.storage.local,
): Promise<SettingsBackup[]> {
  const stored = (await local.get(BACKUP_KEY))[BACKUP_KEY];
  return Array.isArray(stored) ? stored.filter(isBackup) : [];
}

export async function saveBackup(
  backup: SettingsBackup,
  local: LocalArea = browser.storage.local,
): Promise<void> {
  const kept = [...(await readBackups(local)), backup].slice(-BACKUPS_KEPT);
  await local.set({ [BACKUP_KEY]: kept });
}
