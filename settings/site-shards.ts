/**
 * Where the per-site choices live in `storage.sync`: each site in a stable shard,
 * `sites.<k>`, chosen by a hash of its host name, so that adding or removing a site
 * rewrites its own shard and no other (the shards used to be packed in name order, so
 * one new site moved every boundary). Beside each shard, `siteStamps.<k>` holds a stamp
 * per site (settings/stamps.ts) and the tombstones of sites removed from it, keyed by a
 * short hash of the host: what lets two computers merge their shards (settings/
 * site-plan.ts). A shard itself stays a plain table of v1 entries (`0` or own fields).
 *
 * The number of shards grows by linear hashing: one shard splits in two at a time, so
 * a small table lives in `sites.0` alone and a large one never moves as a whole. The
 * count is not stored: it is one more than the highest shard index present (a stamps key
 * is kept for every shard written, even an empty one).
 *
 * Limits are Chrome's (`QUOTA_BYTES_PER_ITEM` 8,192, counted as key length + JSON
 * length; 102,400 in all; 512 items). Longer than 150 lines because the layout, its
 * reading (every context's) and its whole-table form belong together.
 */
import { browser } from 'wxt/browser';
import type { StoredAreas } from '@/settings/storage-areas';
import type { SiteEntry, SiteTable } from '@/settings/site-choices';
import { compareSiteStamps, isTombstone, stampOf } from '@/settings/stamps';

export const SHARD_PREFIX = 'sites.';
export const STAMPS_PREFIX = 'siteStamps.';
export const SITES_NOT_SYNCED_KEY = 'sitesNotSynced';
/** Under 8,192 bytes an item, shard or stamps, with room for the key. */
export const SHARD_BYTES = 7_900;
/** Of sync's 102,400 bytes for shards and stamps: the rest is for `settings` and its stamps. */
export const SITES_BUDGET_BYTES = 94_000;
/** A shard splits once the shards not yet split at this level hold more than this on average. */
export const SPLIT_LOAD = 5_000;

const encoder = new TextEncoder();

/** Bytes of an item as Chrome counts them: key length + JSON length. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The key of a site's stamp in its shard's stamps: 31 bits of another hash, base 36. */
export function stampKey(host: string): string {
  return (fnv1a(host, 0x9747b28c) >>> 1).toString(36);
}

/** The site's shard among `n` (linear hashing): stable while `n` stays. */
export function homeShard(host: string, n: number): number {
  const hash = fnv1a(host, 0x811c9dc5);
  const level = 2 ** Math.floor(Math.log2(Math.max(1, n)));
  const home = hash % (level * 2);
  return home < n ? home : hash % level;
}

/** The shard that splits when `n` grows by one: its sites move to it or to shard `n`. */
export function splittingShard(n: number): number {
  return n - 2 ** Math.floor(Math.log2(n));
}

export function isSiteKey(key: string): boolean {
  return (
    key.startsWith(SHARD_PREFIX) || key.startsWith(STAMPS_PREFIX) || key === SITES_NOT_SYNCED_KEY
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A valid entry: `0` (off) or an object of own fields; anything else (null, a string) is dropped. */
export function isSiteEntry(entry: unknown): entry is SiteEntry {
  return entry === 0 || isRecord(entry);
}

export interface StoredShard {
  readonly entries: Record<string, SiteEntry>;
  /** Stamp key → stamp, or `~stamp` for a tombstone. */
  readonly stamps: Record<string, string>;
  /** Whether `siteStamps.<k>` exists (an older Legible writes none). */
  readonly stamped: boolean;
}

export interface StoredSites {
  readonly n: number;
  readonly shards: ReadonlyMap<number, StoredShard>;
}

function shardIndex(key: string, prefix: string): number | null {
  if (!key.startsWith(prefix)) return null;
  const index = Number(key.slice(prefix.length));
  return Number.isInteger(index) && index >= 0 && index < 512 ? index : null;
}

/** Every shard in what was read of sync, validated: malformed entries and stamps are dropped. */
export function readShards(sync: Record<string, unknown>): StoredSites {
  const shards = new Map<number, StoredShard>();
  const shard = (k: number) => {
    let found = shards.get(k);
    if (!found) shards.set(k, (found = { entries: {}, stamps: {}, stamped: false }));
    return found;
  };
  for (const [key, value] of Object.entries(sync)) {
    const entriesOf = shardIndex(key, SHARD_PREFIX);
    if (entriesOf !== null && isRecord(value)) {
      const { entries } = shard(entriesOf);
      for (const [site, entry] of Object.entries(value))
        if (isSiteEntry(entry)) entries[site] = entry;
    }
    const stampsOf = shardIndex(key, STAMPS_PREFIX);
    if (stampsOf !== null && isRecord(value)) {
      const found = shard(stampsOf);
      shards.set(stampsOf, { ...found, stamped: true });
      for (const [hash, stamp] of Object.entries(value))
        if (stampOf(stamp) !== '') found.stamps[hash] = stamp as string;
    }
  }
  const n = Math.max(0, ...shards.keys()) + 1;
  return { n, shards };
}

export interface SiteView {
  /** Every live site: its entry, stamp ('' unstamped) and the shards holding it. */
  readonly live: Map<string, { entry: SiteEntry; stamp: string; held: number[] }>;
  /** Stamp key → the newest tombstone's stamp. */
  readonly removed: Map<string, string>;
}

/** The table the shards hold together: the newest copy of each site, tombstones applied. */
export function siteView({ shards }: StoredSites): SiteView {
  const removed = new Map<string, string>();
  for (const { stamps } of shards.values())
    for (const [hash, value] of Object.entries(stamps))
      if (isTombstone(value) && compareSiteStamps(stampOf(value), removed.get(hash) ?? '') > 0)
        removed.set(hash, stampOf(value));
  const live: SiteView['live'] = new Map();
  for (const [k, { entries, stamps }] of shards) {
    for (const [site, entry] of Object.entries(entries)) {
      const own = stamps[stampKey(site)];
      const stamp = own && !isTombstone(own) ? stampOf(own) : '';
      const known = live.get(site);
      if (known) known.held.push(k);
      if (!known || compareSiteStamps(stamp, known.stamp) > 0)
        live.set(site, { entry, stamp, held: known ? known.held : [k] });
    }
  }
  for (const [site, { stamp }] of live) {
    const gone = removed.get(stampKey(site));
    if (gone !== undefined && compareSiteStamps(gone, stamp) >= 0) live.delete(site);
  }
  return { live, removed };
}

/**
 * The per-site choices in what was read: sync's shards, then what is kept on this
 * computer over them (`null` there: a removal sync has not taken yet).
 */
export function sitesIn({ sync, local }: StoredAreas): { table: SiteTable; overflow: number } {
  const table = new Map<string, SiteEntry>();
  for (const [site, { entry }] of siteView(readShards(sync)).live) table.set(site, entry);
  const kept = local[SITES_NOT_SYNCED_KEY];
  let overflow = 0;
  for (const [site, entry] of Object.entries(isRecord(kept) ? kept : {})) {
    if (entry === null) table.delete(site);
    else if (isSiteEntry(entry)) {
      table.set(site, entry);
      overflow++;
    }
  }
  return { table: Object.fromEntries(table), overflow };
}

export interface PackedSites {
  readonly shards: Record<string, Record<string, SiteEntry>>;
  /** Entries that did not fit in the sync budget. */
  readonly overflow: Record<string, SiteEntry>;
}

/** The shard count for `bytes` of sites: enough that no shard holds more than SPLIT_LOAD. */
export function shardCountFor(bytes: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(Math.min(bytes, SITES_BUDGET_BYTES) / SPLIT_LOAD)));
}

/** Bytes an entry adds to its shard's JSON: the quoted host, the colon, the entry, a comma. */
export function entryBytes(site: string, entry: unknown): number {
  return itemBytes(site, entry) + 4;
}

/** The whole table in this layout, unstamped, in table order; what does not fit is overflow. */
export function packSites(table: SiteTable): PackedSites {
  const sized = Object.entries(table).map(([site, entry]) => ({
    site,
    entry,
    size: entryBytes(site, entry),
  }));
  const n = shardCountFor(sized.reduce((sum, { size }) => sum + size, 0));
  const shards: Record<string, Record<string, SiteEntry>> = {};
  const shardSizes = new Map<number, number>();
  const overflow: Record<string, SiteEntry> = {};
  let total = 0;
  for (const { site, entry, size } of sized) {
    const k = homeShard(site, n);
    const key = `${SHARD_PREFIX}${k}`;
    const overhead = shardSizes.has(k) ? 0 : key.length + 4;
    const shardSize = shardSizes.get(k) ?? key.length + 2;
    if (total + overhead + size > SITES_BUDGET_BYTES || shardSize + size > SHARD_BYTES) {
      overflow[site] = entry;
      continue;
    }
    (shards[key] ??= {})[site] = entry;
    shardSizes.set(k, shardSize + size);
    total += overhead + size;
  }
  return { shards, overflow };
}

/**
 * Writes the whole table unstamped, as one `set`, and removes every other site key,
 * straight to storage and outside the write budget: only for laying down a table as a
 * fixture (the tests), never for a user's change, which goes through the one writer
 * (settings/sync-writer.ts). Sync refusing keeps the whole table on this computer.
 */
export async function writeSites(table: SiteTable): Promise<{ overflow: number }> {
  const { shards, overflow } = packSites(table);
  try {
    const existing = Object.keys(await browser.storage.sync.get(null));
    await browser.storage.sync.set(shards);
    const stale = existing.filter(
      (key) => isSiteKey(key) && key !== SITES_NOT_SYNCED_KEY && !(key in shards),
    );
    if (stale.length > 0) await browser.storage.sync.remove(stale);
  } catch {
    await browser.storage.local.set({ [SITES_NOT_SYNCED_KEY]: { ...table } });
    return { overflow: Object.keys(table).length };
  }
  if (Object.keys(overflow).length > 0)
    await browser.storage.local.set({ [SITES_NOT_SYNCED_KEY]: overflow });
  else await browser.storage.local.remove(SITES_NOT_SYNCED_KEY);
  return { overflow: Object.keys(overflow).length };
}
