import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { sitesIn } from '@/settings/site-shards';
import { rawSettingsIn } from '@/settings/storage-areas';
import { computer, delays, relay, type Computer } from '@/tests/support/two-computers';

async function shown(c: Computer) {
  const areas = { sync: await c.sync.get(null), local: await c.local.get(null) };
  return { ...rawSettingsIn(areas), sites: sitesIn(areas).table };
}

/** Lets every timer run (writes, deliveries, retries) for `ms` of fake time. */
const settle = (ms = 60_000) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-03-01T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('two computers, one reader', () => {
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

  it.each(SEEDS)(
    'keeps both of two changes to different fields made at the same time (order %i)',
    async (seed) => {
      const [a, b] = [computer(), computer()];
      relay([a, b], delays(seed));
      void a.writer.apply({ settings: { fontFamily: 'arial' } });
      void b.writer.apply({ settings: { colorScheme: 'blue' } });
      await settle();
      for (const c of [a, b])
        expect((await shown(c)).raw).toEqual({
          ...DEFAULT_SETTINGS,
          fontFamily: 'arial',
          colorScheme: 'blue',
        });
    },
  );

  it('resolves two changes to the same field to the newest, on both', async () => {
    const [a, b] = [computer(), computer()];
    relay([a, b], delays(2));
    void b.writer.apply({ settings: { fontScale: 2 } });
    await vi.advanceTimersByTimeAsync(50);
    void a.writer.apply({ settings: { fontScale: 1.5 } });
    await settle();
    for (const c of [a, b]) expect((await shown(c)).raw).toMatchObject({ fontScale: 1.5 });
  });

  it('writes its change back when another computer writes over it unseen, and both converge', async () => {
    const [a, b] = [computer(), computer()];
    await a.writer.apply({ settings: { images: 'hide' } });
    // B never got A's write: its own goes over it, as sync's last writer.
    await b.writer.apply({ settings: { lineHeight: 2 } });
    relay([a, b], delays(3));
    b.sync.deliver('x', undefined);
    a.sync.deliver('settings', b.sync.data.get('settings'));
    a.sync.deliver('settingsStamps', b.sync.data.get('settingsStamps'));
    await settle();
    for (const c of [a, b])
      expect((await shown(c)).raw).toMatchObject({ images: 'hide', lineHeight: 2 });
    expect(a.sync.data).toEqual(b.sync.data);
  });

  it('applies a patch to what is stored now, never to an older copy', async () => {
    const a = computer();
    a.sync.deliver(
      'settings',
      JSON.stringify({ ...DEFAULT_SETTINGS, colorScheme: 'green', future: 1 }),
    );
    await a.writer.apply({ settings: { fontScale: 2 } });
    expect((await shown(a)).raw).toEqual({
      ...DEFAULT_SETTINGS,
      colorScheme: 'green',
      future: 1,
      fontScale: 2,
    });
  });

  it('keeps values this version does not understand as they are', async () => {
    const a = computer();
    const stored = {
      ...DEFAULT_SETTINGS,
      version: 2,
      colorScheme: 'sepia',
      fontScale: 4,
      ruler: true,
    };
    a.sync.deliver('settings', JSON.stringify(stored));
    await a.writer.apply({ settings: { enabled: true } });
    expect((await shown(a)).raw).toEqual({ ...stored, enabled: true });
  });

  it('never repairs over a stamped field, which a newer Legible wrote', async () => {
    const a = computer();
    a.sync.deliver(
      'settings',
      JSON.stringify({ ...DEFAULT_SETTINGS, colorScheme: 'sepia', fontScale: 9 }),
    );
    a.sync.deliver('settingsStamps', JSON.stringify({ colorScheme: [1, 'zz99'] }));
    await a.writer.apply({ rewrite: { ...DEFAULT_SETTINGS } });
    expect((await shown(a)).raw).toMatchObject({ colorScheme: 'sepia', fontScale: 1 });
  });
});

describe('site choices on two computers', () => {
  it.each([4, 9, 10, 11])(
    'keeps both computers’ sites added at the same time into one shard (order %i)',
    async (seed) => {
      const [a, b] = [computer(), computer()];
      relay([a, b], delays(seed));
      for (let i = 0; i < 20; i++) {
        void a.writer.apply({ sites: { [`a${i}.example`]: 0 } });
        void b.writer.apply({ sites: { [`b${i}.example`]: { colorScheme: 'beige' } } });
        await vi.advanceTimersByTimeAsync(100);
      }
      await settle();
      for (const c of [a, b]) {
        const { sites } = await shown(c);
        expect(Object.keys(sites)).toHaveLength(40);
        expect(sites['a7.example']).toBe(0);
        expect(sites['b7.example']).toEqual({ colorScheme: 'beige' });
      }
      expect(a.sync.data).toEqual(b.sync.data);
    },
  );

  it('removes a site with a tombstone that a computer which had it does not undo', async () => {
    const [a, b] = [computer(), computer()];
    relay([a, b], delays(5));
    await b.writer.apply({ sites: { 'news.example': 0, 'portal.example': { fontScale: 2 } } });
    await settle();
    void a.writer.apply({ sites: { 'news.example': null } });
    void b.writer.apply({ sites: { 'shop.example': 0 } });
    await settle();
    for (const c of [a, b])
      expect((await shown(c)).sites).toEqual({
        'portal.example': { fontScale: 2 },
        'shop.example': 0,
      });
    expect(JSON.stringify(Object.fromEntries(a.sync.data))).toContain('~');
  });
});

describe('quotas', () => {
  it('keeps a dragged slider (200 changes in 10 s) under 120 writes a minute, ending on the last', async () => {
    const a = computer();
    for (let i = 1; i <= 200; i++) {
      void a.writer.apply({ settings: { fontScale: 1 + i / 100 } });
      await vi.advanceTimersByTimeAsync(50);
    }
    await settle();
    const { writes } = a.sync;
    for (const at of writes)
      expect(writes.filter((t) => t >= at && t < at + 60_000).length).toBeLessThanOrEqual(120);
    expect(writes.length).toBeLessThan(20);
    expect((await shown(a)).raw).toMatchObject({ fontScale: 3 });
  });

  it('keeps an item too large for sync on this computer, says so, and syncs it once it fits', async () => {
    const a = computer();
    const voices = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`l${i}`, `voice-${i}-${'x'.repeat(20)}`]),
    );
    await a.writer.apply({ settings: { speechVoices: voices } });
    expect(a.sync.data.has('settings')).toBe(false);
    expect(await shown(a)).toMatchObject({ source: 'local', raw: { speechVoices: voices } });
    await a.writer.apply({ settings: { speechVoices: { ru: 'voice-ru' } } });
    expect(await shown(a)).toMatchObject({
      source: 'sync',
      raw: { speechVoices: { ru: 'voice-ru' } },
    });
  });

  it('retries a write sync refused, with backoff, and merges it into sync then', async () => {
    const a = computer();
    a.sync.deliver('settings', JSON.stringify({ ...DEFAULT_SETTINGS, colorScheme: 'blue' }));
    a.sync.failWrites = new Error(
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    );
    await a.writer.apply({ settings: { fontFamily: 'georgia' } });
    expect(await shown(a)).toMatchObject({
      source: 'local',
      raw: { fontFamily: 'georgia', colorScheme: 'blue' },
    });
    // Another computer's change arrives meanwhile: it is merged, not dropped.
    a.sync.deliver('settings', JSON.stringify({ ...DEFAULT_SETTINGS, colorScheme: 'green' }));
    a.sync.failWrites = null;
    await settle(2 * 60_000);
    expect(await shown(a)).toMatchObject({
      source: 'sync',
      raw: { fontFamily: 'georgia', colorScheme: 'green' },
    });
  });

  it('keeps what this computer showed among the backups once sync takes it over', async () => {
    const a = computer();
    a.sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await a.writer.apply({ settings: { fontFamily: 'georgia' } });
    expect(await a.local.get('settingsBackup')).toEqual({});
    a.sync.failWrites = null;
    await settle(2 * 60_000);
    expect(await shown(a)).toMatchObject({ source: 'sync', raw: { fontFamily: 'georgia' } });
    const { settingsBackup } = await a.local.get('settingsBackup');
    expect(settingsBackup).toEqual([
      {
        original: expect.objectContaining({ fontFamily: 'georgia' }),
        reason: 'stand-in',
        problems: [],
        at: expect.any(Number),
      },
    ]);
  });

  it('writes nothing after a failed read, and merges the change once sync can be read', async () => {
    const a = computer();
    a.sync.deliver(
      'settings',
      JSON.stringify({ ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'beige' }),
    );
    a.sync.failReads = new Error('sync is unavailable');
    await a.writer.apply({ settings: { fontScale: 1.25 } });
    expect(a.sync.sets).toEqual([]);
    a.sync.failReads = null;
    await settle(2 * 60_000);
    expect((await shown(a)).raw).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: true,
      colorScheme: 'beige',
      fontScale: 1.25,
    });
  });
});
