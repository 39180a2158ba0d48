/**
 * Merges this computer's site changes into the stored shards (settings/site-shards.ts):
 * which shards the one writer rewrites, worked out afresh from storage just read. Per
 * site, the newer stamp wins, as for settings fields (settings/settings-plan.ts); a site
 * this computer added or changed that a shard lacks, with no newer tombstone, was
 * overwritten by a computer that had not seen it yet, and is written back. Only the
 * shards of changed sites are rewritten (and, when the table has grown, the one shard
 * that splits). A removal leaves a tombstone in the site's shard, kept until no shard
 * holds the site any more and it is older than TOMBSTONE_DAYS, so that a computer that
 * had the site does not write it back. When sync has no room, the newest additions are
 * kept on this computer (`KEPT_HERE`) and tried again with every later write.
 * Longer than 150 lines: the merge, the growth and the room are one decision per write.
 */
import type { SiteEntry } from '@/settings/site-choices';
import {
  entryBytes,
  homeShard,
  itemBytes,
  readShards,
  SHARD_BYTES,
  SHARD_PREFIX,
  siteView,
  SITES_BUDGET_BYTES,
  SPLIT_LOAD,
  splittingShard,
  STAMPS_PREFIX,
  stampKey,
  type StoredShard,
} from '@/settings/site-shards';
import {
  compareSiteStamps,
  isTombstone,
  siteStampTime,
  siteTimeAt,
  sameValue,
  stampOf,
  tombstone,
} from '@/settings/stamps';
import { IN_SYNC, KEPT_HERE, PENDING, type Journal } from '@/settings/sync-journal';

/** Long enough for a computer that was away to come back and learn of a removal. */
export const TOMBSTONE_DAYS = 60;
/** A change in sync for this long is forgotten: it outlived any copy that lacked it. */
export const JOURNAL_DAYS = 30;
const DAY = 24 * 60 * 60 * 10;

export interface SitesPlan {
  readonly set: Record<string, unknown>;
  /** Shards left empty (their stamps stay, holding the tombstones). */
  readonly remove: string[];
  /** The journal's sites, superseded changes gone, those without room marked KEPT_HERE. */
  readonly journal: Journal['sites'];
  /** The sites whose change this plan writes: IN_SYNC once it is written. */
  readonly writes: string[];
}

const sortedObject = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function planSites(
  sync: Record<string, unknown>,
  journal: Journal,
  nowMs: number,
): SitesPlan {
  const stored = readShards(sync);
  const view = siteView(stored);
  const now = siteTimeAt(nowMs);
  const kept: Journal['sites'] = {};
  const winners = new Map<string, { entry: SiteEntry | null; stamp: string }>();
  for (const [site, [entry, stamp, state]] of Object.entries(journal.sites)) {
    const live = view.live.get(site);
    const order = compareSiteStamps(
      stamp,
      live ? live.stamp : (view.removed.get(stampKey(site)) ?? ''),
    );
    if (order < 0) continue;
    // An equal stamp beside another entry: this computer's stamp kept by a computer
    // that wrote the shard without its change (shard and stamps travel apart).
    const stale = order === 0 && entry !== null && (!live || !sameValue(live.entry, entry));
    if (order === 0 && !stale) {
      if (now - siteStampTime(stamp) < JOURNAL_DAYS * DAY) kept[site] = [entry, stamp, IN_SYNC];
      continue;
    }
    kept[site] = [entry, stamp, state === KEPT_HERE ? KEPT_HERE : PENDING];
    winners.set(site, { entry, stamp });
  }
  const none: SitesPlan = { set: {}, remove: [], journal: kept, writes: [] };
  if (winners.size === 0) return none;

  // The table as it will be, and the shard count it needs (one split at a time).
  const table = new Map<string, { entry: SiteEntry; stamp: string }>();
  for (const [site, { entry, stamp }] of view.live) table.set(site, { entry, stamp });
  for (const [site, { entry, stamp }] of winners)
    if (entry === null) table.delete(site);
    else table.set(site, { entry, stamp });
  let bytes = 0;
  for (const [site, { entry }] of table) bytes += entryBytes(site, entry) + 24;
  let n = stored.n;
  const affected = new Set<number>();
  while (n < 512 && bytes / 2 ** Math.floor(Math.log2(n)) > SPLIT_LOAD) {
    affected.add(splittingShard(n));
    affected.add(n);
    n++;
  }
  for (const site of winners.keys()) affected.add(homeShard(site, n));
  // A layout written by an older Legible (no stamps anywhere) is laid out anew, whole.
  const stamped = [...stored.shards.values()].some((shard) => shard.stamped);
  if (!stamped) for (let k = 0; k < n; k++) affected.add(k);

  const heldKeys = new Set<string>();
  for (const shard of stored.shards.values())
    for (const site of Object.keys(shard.entries)) heldKeys.add(stampKey(site));
  const sizeOf = (k: number, shard: StoredShard | undefined) =>
    itemBytes(`${SHARD_PREFIX}${k}`, shard?.entries ?? {}) +
    itemBytes(`${STAMPS_PREFIX}${k}`, shard?.stamps ?? {});
  let total = 0;
  for (const [k, shard] of stored.shards) if (!affected.has(k)) total += sizeOf(k, shard);

  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const writes: string[] = [];
  for (const k of [...affected].sort((a, b) => a - b)) {
    const old = stored.shards.get(k);
    const entries = new Map<string, SiteEntry>();
    const stamps = new Map<string, string>();
    for (const [hash, value] of Object.entries(old?.stamps ?? {})) {
      const young = now - siteStampTime(stampOf(value)) < TOMBSTONE_DAYS * DAY;
      if (isTombstone(value) && (young || heldKeys.has(hash))) stamps.set(hash, value);
    }
    let entryBytesSum = 0;
    let stampBytesSum = 0;
    const fits = (site: string, entry: SiteEntry) =>
      entryBytesSum + entryBytes(site, entry) < SHARD_BYTES - 20 &&
      stampBytesSum + 24 < SHARD_BYTES - 20 &&
      total + entryBytesSum + stampBytesSum + entryBytes(site, entry) + 24 < SITES_BUDGET_BYTES;
    // Sites already in sync first, then this computer's changes oldest first: when room
    // runs out, the newest additions are the ones kept here.
    const homed = [...table].filter(([site]) => homeShard(site, n) === k);
    homed.sort(([a], [b]) =>
      compareSiteStamps(winners.get(a)?.stamp ?? '', winners.get(b)?.stamp ?? ''),
    );
    for (const [site, { entry, stamp }] of homed) {
      if (winners.has(site) && !fits(site, entry)) {
        kept[site] = [entry, stamp, KEPT_HERE];
        continue;
      }
      entries.set(site, entry);
      entryBytesSum += entryBytes(site, entry);
      if (stamp !== '') stamps.set(stampKey(site), stamp);
      stampBytesSum += 24;
      if (winners.has(site)) writes.push(site);
    }
    // A site left in this shard by a computer with fewer shards stays until its own
    // shard holds it.
    for (const [site, entry] of Object.entries(old?.entries ?? {})) {
      const live = view.live.get(site);
      const home = homeShard(site, n);
      if (
        home === k ||
        !live ||
        winners.has(site) ||
        affected.has(home) ||
        live.held.includes(home)
      )
        continue;
      entries.set(site, entry);
      if (live.stamp !== '') stamps.set(stampKey(site), live.stamp);
    }
    for (const [site, { entry, stamp }] of winners) {
      if (entry !== null || homeShard(site, n) !== k) continue;
      stamps.set(stampKey(site), tombstone(stamp));
      writes.push(site);
    }
    const shardValue = sortedObject(entries);
    const stampsValue = sortedObject(stamps);
    total +=
      itemBytes(`${SHARD_PREFIX}${k}`, shardValue) + itemBytes(`${STAMPS_PREFIX}${k}`, stampsValue);
    if (
      entries.size > 0 &&
      !sameValue(shardValue, old && sortedObject(Object.entries(old.entries)))
    )
      set[`${SHARD_PREFIX}${k}`] = shardValue;
    if (entries.size === 0 && old && Object.keys(old.entries).length > 0)
      remove.push(`${SHARD_PREFIX}${k}`);
    if (!old?.stamped || !sameValue(stampsValue, sortedObject(Object.entries(old.stamps))))
      set[`${STAMPS_PREFIX}${k}`] = stampsValue;
  }
  if (Object.keys(set).length === 0 && remove.length === 0) return { ...none, journal: kept };
  return { set, remove, journal: kept, writes };
}
