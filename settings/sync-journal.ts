/**
 * What this computer changed, kept in `storage.local` (`syncJournal`) by the one writer
 * (settings/sync-writer.ts): each settings field and each site choice the user changed
 * here, with its stamp, until a newer change from anywhere supersedes it. Browser sync
 * may at any time hand this computer another computer's copy of a key, written without
 * this computer's change; the journal is how the change is written back rather than
 * lost. It also holds why sync last refused a write (for the retry) and the times of
 * the recent writes, so that the write budget outlives a restarted background.
 */
import type { SiteEntry } from '@/settings/site-choices';
import { newDeviceId, siteStamp, siteTimeAt } from '@/settings/stamps';
import type { StorageArea } from '@/settings/storage-areas';

export const JOURNAL_KEY = 'syncJournal';
/** The site changes apart: a thousand of them need not be rewritten with every write. */
export const JOURNAL_SITES_KEY = 'syncJournalSites';

/** A site change: waiting to be written, in sync, or kept here (no room in sync). */
export const PENDING = 0;
export const IN_SYNC = 1;
export const KEPT_HERE = 2;
export type SiteState = typeof PENDING | typeof IN_SYNC | typeof KEPT_HERE;

export interface Journal {
  device: string;
  /** The newest stamp time handed out (ms), so that this computer's stamps only grow. */
  clockMs: number;
  settings: Record<string, [value: unknown, timeMs: number]>;
  /** Host → the entry (`null`: back to "use my settings"), its stamp, its state. */
  sites: Record<string, [entry: SiteEntry | null, stamp: string, state: SiteState]>;
  failure: { reason: string; at: number; attempts: number } | null;
  /** Times of the sync write operations of the last hour. */
  writes: number[];
}

/** A change as a context sends it: the fields the user changed, the sites, or a repair. */
export interface SettingsChange {
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly sites?: Readonly<Record<string, SiteEntry | null>>;
  /** The background's repair of the stored object: written unstamped, never over a stamp. */
  readonly rewrite?: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function emptyJournal(): Journal {
  return { device: newDeviceId(), clockMs: 0, settings: {}, sites: {}, failure: null, writes: [] };
}

export async function readJournal(local: StorageArea): Promise<Journal> {
  const read = await local.get([JOURNAL_KEY, JOURNAL_SITES_KEY]);
  const stored = read[JOURNAL_KEY];
  const sites = read[JOURNAL_SITES_KEY];
  if (!isRecord(stored) || typeof stored.device !== 'string') return emptyJournal();
  const journal = stored as unknown as Journal;
  return {
    device: journal.device,
    clockMs: typeof journal.clockMs === 'number' ? journal.clockMs : 0,
    settings: isRecord(journal.settings) ? { ...journal.settings } : {},
    sites: isRecord(sites) ? ({ ...sites } as Journal['sites']) : {},
    failure: isRecord(journal.failure) ? journal.failure : null,
    writes: Array.isArray(journal.writes)
      ? journal.writes.filter((t) => typeof t === 'number')
      : [],
  };
}

/** Writes the parts of `journal` that differ from `before` (as read), in one call. */
export async function writeJournal(
  local: StorageArea,
  journal: Journal,
  before?: Journal,
): Promise<void> {
  const { sites, ...rest } = journal;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const items: Record<string, unknown> = {};
  if (!before || !same(rest, { ...before, sites: undefined })) items[JOURNAL_KEY] = rest;
  if (!before || !same(sites, before.sites)) items[JOURNAL_SITES_KEY] = sites;
  if (Object.keys(items).length > 0) await local.set(items);
}

/**
 * Records `changes` (oldest first) in the journal with one stamp for all of them, later
 * than any this computer gave before: they are written together, as one change.
 */
export function recordChanges(
  journal: Journal,
  changes: readonly SettingsChange[],
  nowMs: number,
): Journal {
  const named = changes.filter((change) => change.settings || change.sites);
  if (named.length === 0) return journal;
  // Tenths of a second: site stamps are that fine, so one more tenth keeps them growing.
  const timeMs = Math.max(nowMs, journal.clockMs + 100);
  const settings = { ...journal.settings };
  const sites = { ...journal.sites };
  const stamp = siteStamp(siteTimeAt(timeMs), journal.device);
  for (const change of named) {
    for (const [field, value] of Object.entries(change.settings ?? {}))
      settings[field] = [value, timeMs];
    for (const [site, entry] of Object.entries(change.sites ?? {}))
      sites[site] = [entry, stamp, PENDING];
  }
  return { ...journal, clockMs: timeMs, settings, sites };
}
