import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteEntry } from '@/settings/site-choices';
import { readShards, sitesIn, SITES_NOT_SYNCED_KEY } from '@/settings/site-shards';
import { computer, type Computer } from '@/tests/support/two-computers';

const OWN = { colorScheme: 'beige', fontScale: 1.5 } as const;

function sites(count: number, entry: SiteEntry = OWN, prefix = 'site'): Record<string, SiteEntry> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`${prefix}-${i}.example.gov.by`, entry]),
  );
}

async function table(c: Computer) {
  return sitesIn({ sync: await c.sync.get(null), local: await c.local.get(null) });
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-03-01T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('site shards', () => {
  it('adds one site to 600 by rewriting one shard (and its stamps)', async () => {
    const a = computer();
    await a.writer.apply({ sites: sites(600) });
    await vi.advanceTimersByTimeAsync(1000);
    const before = a.sync.sets.length;
    await a.writer.apply({ sites: { 'one-more.example.org': 0 } });
    const written = a.sync.sets.slice(before);
    expect(written).toHaveLength(1);
    const shardKeys = Object.keys(written[0]!).filter((key) => key.startsWith('sites.'));
    expect(shardKeys).toHaveLength(1);
    expect(Object.keys(written[0]!)).toEqual(
      expect.arrayContaining([shardKeys[0]!, `siteStamps.${shardKeys[0]!.slice(6)}`]),
    );
    expect(Object.keys((await table(a)).table)).toHaveLength(601);
  });

  it('fits a thousand sites with own settings in sync, under every limit', async () => {
    const a = computer();
    await a.writer.apply({ sites: sites(1000) });
    const { table: stored, overflow } = await table(a);
    expect(overflow).toBe(0);
    expect(Object.keys(stored)).toHaveLength(1000);
    expect(await a.local.get(SITES_NOT_SYNCED_KEY)).toEqual({});
    expect(a.sync.bytesOf()).toBeLessThan(102_400);
    expect(a.sync.data.size).toBeLessThan(512);
  });

  it('keeps the newest additions on this computer when sync is full, and syncs them when room frees', async () => {
    const a = computer();
    await a.writer.apply({
      sites: sites(1100, { colorScheme: 'green', fontScale: 2, images: 'hide' }),
    });
    await vi.advanceTimersByTimeAsync(1000);
    await a.writer.apply({
      sites: {
        'newest.example': {
          colorScheme: 'green',
          fontFamily: 'opendyslexic',
          lineLength: 60,
          lineHeight: 2,
          fontScale: 2.5,
        },
      },
    });
    const full = await table(a);
    expect(Object.keys(full.table)).toHaveLength(1101);
    expect(full.overflow).toBeGreaterThan(0);
    expect(
      Object.keys((await a.local.get(SITES_NOT_SYNCED_KEY))[SITES_NOT_SYNCED_KEY] as object),
    ).toContain('newest.example');
    await vi.advanceTimersByTimeAsync(1000);
    const gone = Object.fromEntries(Object.keys(sites(400)).map((site) => [site, null]));
    await a.writer.apply({ sites: gone });
    const after = await table(a);
    expect(after.overflow).toBe(0);
    expect(Object.keys(after.table)).toHaveLength(701);
  });

  it('keeps a tombstone while a shard still holds the site, and lets it go later', async () => {
    const a = computer();
    await a.writer.apply({ sites: { 'a.example': 0, 'b.example': 0 } });
    await vi.advanceTimersByTimeAsync(1000);
    await a.writer.apply({ sites: { 'a.example': null } });
    const tombstones = () => JSON.stringify(a.sync.data.get('siteStamps.0')).split('~').length - 1;
    expect(tombstones()).toBe(1);
    // An older Legible writes the shard back with the site in it, unstamped.
    a.sync.deliver('sites.0', JSON.stringify({ 'a.example': 0, 'b.example': 0 }));
    expect((await table(a)).table).toEqual({ 'b.example': 0 });
    await vi.advanceTimersByTimeAsync(61 * 24 * 60 * 60 * 1000);
    // Old enough, but the shard held the site until this write rewrote it without.
    await a.writer.apply({ sites: { 'c.example': 0 } });
    expect(Object.keys(JSON.parse(a.sync.data.get('sites.0')!) as object)).toEqual([
      'b.example',
      'c.example',
    ]);
    expect(tombstones()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    await a.writer.apply({ sites: { 'd.example': 0 } });
    expect(tombstones()).toBe(0);
    expect((await table(a)).table).toEqual({ 'b.example': 0, 'c.example': 0, 'd.example': 0 });
  });

  it('drops a malformed entry on read, and keeps the rest', () => {
    const { table: read } = sitesIn({
      sync: {
        'sites.0': {
          'a.example': null,
          'b.example': 'x',
          'c.example': 0,
          'd.example': { fontScale: 2 },
        },
        'sites.1': 'garbage',
        'siteStamps.0': { x: 5, y: '~!' },
      },
      local: { [SITES_NOT_SYNCED_KEY]: { 'e.example': [1] } },
    });
    expect(read).toEqual({ 'c.example': 0, 'd.example': { fontScale: 2 } });
  });

  it('reads a layout an older Legible wrote (by name order), and lays it out anew on the next write', async () => {
    const a = computer();
    a.sync.deliver('sites.0', JSON.stringify({ 'a.example': 0, 'b.example': OWN }));
    a.sync.deliver('sites.1', JSON.stringify({ 'c.example': 0, 'd.example': 0 }));
    expect(Object.keys((await table(a)).table)).toHaveLength(4);
    await a.writer.apply({ sites: { 'e.example': 0 } });
    const stored = readShards(await a.sync.get(null));
    expect([...stored.shards.values()].every((shard) => shard.stamped)).toBe(true);
    expect((await table(a)).table).toEqual({
      'a.example': 0,
      'b.example': OWN,
      'c.example': 0,
      'd.example': 0,
      'e.example': 0,
    });
  });
});
