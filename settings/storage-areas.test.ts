import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOT_SYNCED_KEY, readRawSettings, writeRawSettings } from '@/settings/storage-areas';

const settings = { version: 1, enabled: true, colorScheme: 'blue' };

describe('settings storage', () => {
  it('reads nothing from empty storage', async () => {
    expect(await readRawSettings()).toEqual({ raw: undefined, source: 'none' });
  });

  it('writes to and reads from storage.sync under "settings"', async () => {
    expect(await writeRawSettings(settings)).toBe('sync');
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings });
    expect(await readRawSettings()).toEqual({ raw: settings, source: 'sync' });
  });

  it('keeps settings in storage.local when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    expect(await writeRawSettings(settings)).toBe('local');
    const local = await fakeBrowser.storage.local.get(NOT_SYNCED_KEY);
    expect(local[NOT_SYNCED_KEY]).toMatchObject({
      settings,
      reason: expect.stringContaining('QUOTA'),
    });
    expect(await readRawSettings()).toEqual({ raw: settings, source: 'local' });
  });

  it('prefers the local stand-in over an older synced object', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...settings, colorScheme: 'green' } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('offline'));
    await writeRawSettings(settings);
    expect((await readRawSettings()).raw).toEqual(settings);
  });

  it('drops the stand-in once a later write reaches sync', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('offline'));
    await writeRawSettings(settings);
    const newer = { ...settings, enabled: false };
    expect(await writeRawSettings(newer)).toBe('sync');
    expect((await fakeBrowser.storage.local.get(NOT_SYNCED_KEY))[NOT_SYNCED_KEY]).toBeUndefined();
    expect(await readRawSettings()).toEqual({ raw: newer, source: 'sync' });
  });

  it('works from storage.local alone when storage.sync is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is disabled'));
    expect(await readRawSettings()).toEqual({ raw: undefined, source: 'none' });
    expect(await writeRawSettings(settings)).toBe('local');
    expect(await readRawSettings()).toEqual({ raw: settings, source: 'local' });
  });
});
