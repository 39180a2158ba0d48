/**
 * Merges this computer's settings changes into the stored settings: what the one writer
 * (settings/sync-writer.ts) writes, worked out afresh from storage just read, never from
 * a snapshot. Per field, the newer stamp wins:
 * - a field this computer changed, whose stored stamp is older (or absent: written by a
 *   computer that had not seen the change yet), is written back with its stamp;
 * - a stored stamp newer than this computer's supersedes its change, which is forgotten;
 * - an equal stamp over another value is written back too: sync delivers `settings` and
 *   `settingsStamps` apart, so a computer may have put this computer's stamps beside an
 *   object without its value (or an older Legible wrote the object unstamped since).
 *   Only the computer that made the change knows its value, so only it acts.
 * Every field a patch does not name stays as stored, whatever it holds, so values this
 * version does not understand survive. The repair writes unstamped fixes, and never over
 * a stamped field: a stamped value this version finds invalid came from a newer Legible.
 */
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { repairSettings } from '@/settings/repair';
import { compareFieldStamps, fieldStampsIn, sameValue, type FieldStamp } from '@/settings/stamps';
import type { Journal } from '@/settings/sync-journal';

export interface SettingsPlan {
  /** The settings object to write, when it changes. */
  readonly settings?: Record<string, unknown>;
  readonly stamps?: Record<string, FieldStamp>;
  /** The journal's settings without the changes superseded by newer ones. */
  readonly journal: Journal['settings'];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object a patch goes onto: the stored one, or where none is usable the defaults,
 * but for the fields an administrator presets: stored defaults would hide the presets.
 */
function baseOf(stored: unknown, preset: readonly string[]): Record<string, unknown> {
  if (isRecord(stored)) return stored;
  const base =
    stored === undefined ? { ...DEFAULT_SETTINGS } : { ...repairSettings(stored).settings };
  return Object.fromEntries(Object.entries(base).filter(([field]) => !preset.includes(field)));
}

export function planSettings(
  stored: unknown,
  storedStamps: unknown,
  journal: Pick<Journal, 'device' | 'settings'>,
  rewrite?: Readonly<Record<string, unknown>>,
  preset: readonly string[] = [],
): SettingsPlan {
  const stamps = fieldStampsIn(storedStamps);
  const record = isRecord(stored) ? stored : undefined;
  const kept: Journal['settings'] = {};
  const mine: Record<string, unknown> = {};
  const mineStamps: Record<string, FieldStamp> = {};
  for (const [field, [value, timeMs]] of Object.entries(journal.settings)) {
    const own: FieldStamp = [timeMs, journal.device];
    const order = compareFieldStamps(own, stamps[field]);
    if (order < 0) continue;
    kept[field] = [value, timeMs];
    if (order > 0 || !record || !sameValue(record[field], value)) {
      mine[field] = value;
      mineStamps[field] = own;
    }
  }
  const fixes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(rewrite ?? {})) {
    if (field in stamps || field in mine || (record && sameValue(record[field], value))) continue;
    fixes[field] = value;
  }
  if (Object.keys(mine).length === 0 && Object.keys(fixes).length === 0) return { journal: kept };
  return {
    settings: { ...baseOf(stored, preset), ...fixes, ...mine },
    stamps: { ...stamps, ...mineStamps },
    journal: kept,
  };
}
