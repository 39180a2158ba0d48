import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SITE_OFF, type SiteEntry } from '@/settings/site-choices';
import { loadSettings } from '@/settings/settings-store';
import {
  packSites,
  SHARD_BYTES,
  SITES_BUDGET_BYTES,
  SITES_NOT_SYNCED_KEY,
  writeSites,
} from '@/settings/site-shards';

/** The site table as every context reads it back (loadSettings), and how much sync could not take. */
async function readSites() {
  const { ownSites, sitesNotSynced } = await loadSettings();
  return { table: ownSites, overflow: sitesNotSynced };
}

/** A thousand plausible sites: state portals and news sites, some off, some with own settings. */
function thousandSites(): Record<string, SiteEntry> {
  const table: Record<string, SiteEntry> = {};
  for (let i = 0; i < 1000; i++) {
    table[`site-${i}.example.gov.by`] =
      i % 3 === 0 ? { colorScheme: 'beige', fontScale: 1.5 } : SITE_OFF;
  }
  return table;
}

const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('per-site storage layout', () => {
  it('fits a thousand sites in sync, every shard under 8 KB and all under 100 KB', () => {
    const { shards, overflow } = packSites(thousandSites());
    expect(Object.keys(overflow)).toEqual([]);
    for (const [key, shard] of Object.entries(shards)) {
      expect(size(key) + size(shard)).toBeLessThan(8192);
    }
    expect(Object.keys(shards).length).toBeLessThan(512);
    expect(size(shards)).toBeLessThan(SITES_BUDGET_BYTES);
    expect(Object.values(shards).reduce((n, shard) => n + Object.keys(shard).length, 0)).toBe(1000);
  });

  it('keeps what does not fit in the budget as overflow, never dropping a site', () => {
    const table: Record<string, SiteEntry> = {};
    for (let i = 0; i < 3000; i++)
      table[`a-rather-long-site-name-${i}.example.org`] = {
        colorScheme: 'green',
        fontScale: 2,
        images: 'hide',
      };
    const { shards, overflow } = packSites(table);
    const kept = Object.values(shards).reduce((n, shard) => n + Object.keys(shard).length, 0);
    expect(kept + Object.keys(overflow).length).toBe(3000);
    expect(Object.keys(overflow).length).toBeGreaterThan(0);
    expect(size(shards)).toBeLessThanOrEqual(
      SITES_BUDGET_BYTES + 2 * Object.keys(shards).length + 50,
    );
  });

  it('keeps an entry too big for any shard locally', () => {
    const huge = { 'big.example': { note: 'x'.repeat(SHARD_BYTES) } as unknown as SiteEntry };
    expect(Object.keys(packSites(huge).overflow)).toEqual(['big.example']);
  });

  it('writes the shards in one sync call and reads the table back whole', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const table = thousandSites();
    expect(await writeSites(table)).toEqual({ overflow: 0 });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await readSites()).toEqual({ table, overflow: 0 });
  });

  it('removes shards left over from a larger table', async () => {
    await writeSites(thousandSites());
    await writeSites({ 'one.example': SITE_OFF });
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(keys).toEqual(['sites.0']);
    expect((await readSites()).table).toEqual({ 'one.example': SITE_OFF });
  });

  it('keeps everything on this computer when sync refuses, and says how much', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const table = { 'a.example': SITE_OFF, 'b.example': { colorScheme: 'blue' } } as const;
    expect(await writeSites(table)).toEqual({ overflow: 2 });
    expect(
      (await fakeBrowser.storage.local.get(SITES_NOT_SYNCED_KEY))[SITES_NOT_SYNCED_KEY],
    ).toEqual(table);
    expect(await readSites()).toEqual({ table, overflow: 2 });
  });
});
