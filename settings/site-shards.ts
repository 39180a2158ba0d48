/**
 * Where the per-site choices live: in `storage.sync`, packed into shards (`sites.0`,
 * `sites.1`, …) of at most SHARD_BYTES each, under `storage.sync`'s limits of 8 KB an
 * item and 100 KB in all; written in one `set` call, so one change is one write
 * against the rate quotas. What does not fit in the sync budget (sites with many own
 * settings, past a thousand or so) is kept in `storage.local` under `sitesNotSynced`,
 * never dropped, and `overflow` says how many so the UI can tell the user.
 */
import { browser } from 'wxt/browser';
import type { StoredAreas } from '@/settings/storage-areas';
import type { SiteEntry, SiteTable } from '@/settings/site-choices';

export const SHARD_PREFIX = 'sites.';
export const SITES_NOT_SYNCED_KEY = 'sitesNotSynced';
/** Under 8,192 bytes an item, with room for the key and JSON's quoting. */
export const SHARD_BYTES = 7_900;
/** Of sync's 102,400 bytes: the rest is for `settings` (about 300 bytes) and growth. */
export const SITES_BUDGET_BYTES = 90_000;

export interface PackedSites {
  readonly shards: Record<string, Record<string, SiteEntry>>;
  /** Entries that did not fit in the sync budget. */
  readonly overflow: Record<string, SiteEntry>;
}

function bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Packs the table into shards, sites in name order, deterministic for the same table. */
export function packSites(table: SiteTable): PackedSites {
  const shards: Record<string, Record<string, SiteEntry>> = {};
  const overflow: Record<string, SiteEntry> = {};
  let shard: Record<string, SiteEntry> = {};
  let shardSize = 2;
  let total = 0;
  for (const [site, entry] of Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const size = bytes(site) + bytes(entry) + 2;
    if (total + size > SITES_BUDGET_BYTES || size > SHARD_BYTES - 2) {
      overflow[site] = entry;
      continue;
    }
    if (shardSize + size > SHARD_BYTES) {
      shards[`${SHARD_PREFIX}${Object.keys(shards).length}`] = shard;
      shard = {};
      shardSize = 2;
    }
    shard[site] = entry;
    shardSize += size;
    total += size;
  }
  if (Object.keys(shard).length > 0) shards[`${SHARD_PREFIX}${Object.keys(shards).length}`] = shard;
  return { shards, overflow };
}

export function isSiteKey(key: string): boolean {
  return key.startsWith(SHARD_PREFIX) || key === SITES_NOT_SYNCED_KEY;
}

/** The per-site choices in what was read: sync's shards, then local's overflow over them. */
export function sitesIn({ sync, local }: StoredAreas): { table: SiteTable; overflow: number } {
  const overflow = local[SITES_NOT_SYNCED_KEY] as Record<string, SiteEntry> | undefined;
  const table: Record<string, SiteEntry> = {};
  for (const [key, shard] of Object.entries(sync)) {
    if (key.startsWith(SHARD_PREFIX) && shard && typeof shard === 'object')
      Object.assign(table, shard);
  }
  Object.assign(table, overflow ?? {});
  return { table, overflow: Object.keys(overflow ?? {}).length };
}

/** Writes the whole table: the shards in one sync write, the overflow locally. */
export async function writeSites(table: SiteTable): Promise<{ overflow: number }> {
  const { shards, overflow } = packSites(table);
  let stale: string[] = [];
  try {
    const existing = Object.keys(await browser.storage.sync.get(null)).filter((key) =>
      key.startsWith(SHARD_PREFIX),
    );
    stale = existing.filter((key) => !(key in shards));
    await browser.storage.sync.set(shards);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
  } catch {
    // Sync refused (off, or over quota): everything stays on this computer.
    await browser.storage.local.set({ [SITES_NOT_SYNCED_KEY]: { ...table } });
    return { overflow: Object.keys(table).length };
  }
  if (Object.keys(overflow).length > 0)
    await browser.storage.local.set({ [SITES_NOT_SYNCED_KEY]: overflow });
  else await browser.storage.local.remove(SITES_NOT_SYNCED_KEY);
  return { overflow: Object.keys(overflow).length };
}
