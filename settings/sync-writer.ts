/**
 * The one writer of `storage.sync`, run by the background: every other context sends it
 * the changes the user made (utils/protocol.ts), so one write budget covers the whole
 * extension, under Chrome's quotas (write-scheduler.ts). Each write starts from storage
 * read just then and merges this computer's changes into it (settings-plan.ts,
 * site-plan.ts); when another computer's write arrives (`noticeChange`), the same merge
 * writes back whatever of this computer's it lacked, so both converge.
 *
 * A write sync refuses (quota, an item too large) or a read that fails is never taken
 * for "nothing stored": nothing is written after it; the changes stay in the journal,
 * the stand-ins show them (settings/sync-stand-ins.ts), and the write is tried again
 * with backoff. Longer than 150 lines: the merge, its write, its refusal and its retry
 * share one state (the queue, the budget, what was last written).
 */
import { readManagedPolicy } from '@/settings/managed-policy';
import { SETTINGS_KEY } from '@/settings/schema';
import { planSettings } from '@/settings/settings-plan';
import { planSites } from '@/settings/site-plan';
import { isSiteKey, itemBytes, STAMPS_PREFIX } from '@/settings/site-shards';
import { SETTINGS_STAMPS_KEY } from '@/settings/stamps';
import {
  browserAreas,
  notSyncedReason,
  writeRawSettings,
  type StorageAreas,
} from '@/settings/storage-areas';
import { showInSync, showKeptHere, type KeptSettings } from '@/settings/sync-stand-ins';
import {
  IN_SYNC,
  readJournal,
  recordChanges,
  writeJournal,
  type Journal,
  type SettingsChange,
} from '@/settings/sync-journal';
import { WriteScheduler } from '@/settings/write-scheduler';

/** Chrome's `QUOTA_BYTES_PER_ITEM`: a larger item is refused, so it is not even tried. */
const ITEM_BYTES = 8_192;
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 10 * 60 * 1000;

export interface SyncWriterOptions {
  readonly areas?: StorageAreas;
  readonly now?: () => number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  /** Once aborted, no retry is started (a test's writer, gone with its test). */
  readonly signal?: AbortSignal;
}

interface StorageChange {
  readonly oldValue?: unknown;
  readonly newValue?: unknown;
}

const json = (value: unknown) => JSON.stringify(value ?? null);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings fields an administrator's policy presets (settings/managed-policy.ts). */
async function presetFields(): Promise<string[]> {
  const policy = await readManagedPolicy();
  return isRecord(policy?.settings) ? Object.keys(policy.settings) : [];
}

export class SyncWriter {
  private readonly areas: StorageAreas;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly queue: { change: SettingsChange; done: () => void }[] = [];
  private readonly scheduler: WriteScheduler<null>;
  /** What this writer last put under each key: its own echo in onChanged is no news. */
  private readonly written = new Map<string, string>();
  private resetClaims = false;
  private retrying = false;
  private remembered = false;
  /** The journal as the current merge read it: only what changed is written back. */
  private read: Journal | undefined;
  private readonly signal: AbortSignal | undefined;

  constructor(options: SyncWriterOptions = {}) {
    this.areas = options.areas ?? browserAreas();
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? setTimeout;
    this.signal = options.signal;
    this.scheduler = new WriteScheduler<null>({
      write: () => this.writeOnce(),
      now: this.now,
      setTimer: this.setTimer,
    });
  }

  /** Takes a change (stamped now); resolves once a write carrying it was tried. */
  apply(change: SettingsChange): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ change, done });
      this.scheduler.schedule(null);
    });
  }

  /** Writes what is queued now, within the quotas. */
  async flush(): Promise<void> {
    await this.scheduler.flush();
  }

  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  /** `storage.onChanged`: another computer's write to merge with, or storage cleared. */
  noticeChange(changes: Readonly<Record<string, StorageChange>>, area: string): void {
    if (area !== 'sync') return;
    const keys = Object.keys(changes).filter(
      (key) => key === SETTINGS_KEY || key === SETTINGS_STAMPS_KEY || isSiteKey(key),
    );
    const news = keys.filter((key) => this.written.get(key) !== json(changes[key]?.newValue));
    if (news.length === 0) return;
    for (const key of news) this.written.delete(key);
    // Stamps removed (sync cleared, or a whole table written anew): every claim made
    // before is void, or this computer would write its old changes back over the reset.
    const stampsGone = news.some(
      (key) =>
        (key === SETTINGS_STAMPS_KEY || key.startsWith(STAMPS_PREFIX)) &&
        changes[key]?.newValue == null &&
        changes[key]?.oldValue != null,
    );
    if (stampsGone) this.resetClaims = true;
    this.scheduler.schedule(null);
  }

  private async writeOnce(): Promise<number> {
    const batch = this.queue.splice(0);
    try {
      return await this.merge(batch.map(({ change }) => change));
    } finally {
      for (const { done } of batch) done();
    }
  }

  private async merge(changes: readonly SettingsChange[]): Promise<number> {
    const now = this.now();
    let journal = await readJournal(this.areas.local);
    this.read = journal;
    if (this.resetClaims) {
      this.resetClaims = false;
      journal = { ...journal, settings: {}, sites: {} };
    }
    journal = recordChanges(journal, changes, now);
    if (!this.remembered) this.scheduler.remember(journal.writes);
    this.remembered = true;
    const rewrite: Record<string, unknown> = Object.assign(
      {},
      ...changes.map((c) => c.rewrite ?? {}),
    );
    let stored: Record<string, unknown>;
    try {
      stored = await this.areas.sync.get(null);
    } catch (error) {
      // Unread is not empty: nothing may be written over settings this computer cannot see.
      const changed = changes.some((change) => change.settings);
      return this.refused(journal, String(error), changed ? 'unread' : undefined);
    }
    // Only a first object needs the policy: its defaults must not hide the presets.
    const preset = isRecord(stored[SETTINGS_KEY]) ? [] : await presetFields();
    const settingsPlan = planSettings(
      stored[SETTINGS_KEY],
      stored[SETTINGS_STAMPS_KEY],
      journal,
      rewrite,
      preset,
    );
    const sitesPlan = planSites(stored, journal, now);
    journal = { ...journal, settings: settingsPlan.journal, sites: sitesPlan.journal };
    const items: Record<string, unknown> = { ...sitesPlan.set };
    if (settingsPlan.stamps) items[SETTINGS_STAMPS_KEY] = settingsPlan.stamps;
    if (
      !settingsPlan.settings &&
      Object.keys(items).length === 0 &&
      sitesPlan.remove.length === 0
    ) {
      await this.settled(journal, 0);
      return 0;
    }
    const all = settingsPlan.settings ? { ...items, [SETTINGS_KEY]: settingsPlan.settings } : items;
    const tooLarge = Object.entries(all).find(([key, value]) => itemBytes(key, value) > ITEM_BYTES);
    if (tooLarge)
      return this.refused(journal, `QUOTA_BYTES_PER_ITEM: ${tooLarge[0]}`, settingsPlan.settings);
    let used = 0;
    for (const [key, value] of Object.entries(all)) this.written.set(key, json(value));
    if (Object.keys(all).length > 0) {
      const where = await writeRawSettings(settingsPlan.settings, items, this.areas);
      if (where === 'local') {
        const reason = (await notSyncedReason(this.areas)) ?? 'sync refused the write';
        return this.refused(journal, reason, settingsPlan.settings ? 'kept' : undefined);
      }
      used++;
    }
    if (sitesPlan.remove.length > 0) {
      for (const key of sitesPlan.remove) this.written.set(key, json(undefined));
      try {
        await this.areas.sync.remove(sitesPlan.remove);
        used++;
      } catch {
        // Harmless: the tombstones written with the shard hide what the shard still holds.
      }
    }
    const sites = { ...journal.sites };
    for (const site of sitesPlan.writes) {
      const entry = sites[site];
      if (entry) sites[site] = [entry[0], entry[1], IN_SYNC];
    }
    await this.settled({ ...journal, sites }, used);
    return used;
  }

  /** Everything of this computer's is in sync, but what has no room there. */
  private async settled(journal: Journal, used: number): Promise<void> {
    const next = { ...journal, failure: null, writes: this.history(used) };
    // A merge that found nothing to do leaves local storage as it was.
    await writeJournal(this.areas.local, next, this.read);
    await showInSync(journal, this.areas);
  }

  /** Sync did not take (or give) it: kept and shown here, and tried again later. */
  private async refused(journal: Journal, reason: string, settings: KeptSettings): Promise<number> {
    const attempts = (journal.failure?.attempts ?? 0) + 1;
    const failure = { reason, at: this.now(), attempts };
    await writeJournal(
      this.areas.local,
      { ...journal, failure, writes: this.history(0) },
      this.read,
    );
    await showKeptHere(journal, reason, settings, this.areas);
    this.retryLater(attempts, reason);
    return 0;
  }

  private retryLater(attempts: number, reason: string): void {
    if (this.retrying) return;
    this.retrying = true;
    const backoff = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempts - 1));
    // A refusal for the rate quota clears within the minute it counts.
    const delay = /MAX_WRITE_OPERATIONS/.test(reason) ? Math.max(backoff, 60_000) : backoff;
    this.setTimer(() => {
      this.retrying = false;
      if (!this.signal?.aborted) this.scheduler.schedule(null);
    }, delay);
  }

  /** The recent writes for the journal, this one (not yet counted by the scheduler) too. */
  private history(used: number): number[] {
    const writes = this.scheduler.history();
    const at = this.now();
    for (let i = 0; i < used; i++) writes.push(at + i);
    return writes;
  }
}
