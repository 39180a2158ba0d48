import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { repairStoredSettings } from '@/entrypoints/background/storage-repair';
import { BACKUP_KEY } from '@/settings/backups';
import { REPORT_KEY } from '@/settings/repair-report';

async function local(key: string) {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('repairStoredSettings', () => {
  it('does nothing when nothing is stored', async () => {
    expect(await repairStoredSettings()).toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('leaves sound settings alone', async () => {
    const sound = { ...DEFAULT_SETTINGS, enabled: true };
    await fakeBrowser.storage.sync.set({ settings: sound });
    expect(await repairStoredSettings()).toBeNull();
    expect(await local(BACKUP_KEY)).toBeUndefined();
  });

  it('rewrites corrupt settings, keeping the original and every unknown field', async () => {
    const corrupt = {
      version: 1,
      enabled: 'yes',
      fontScale: 9,
      colorScheme: 'purple',
      mine: { a: 1 },
    };
    await fakeBrowser.storage.sync.set({ settings: corrupt });
    const report = await repairStoredSettings();
    expect(report?.rewritten).toBe(true);
    expect(report?.problems.map((p) => p.field)).toEqual(['enabled', 'fontScale', 'colorScheme']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      fontScale: 3,
      mine: { a: 1 },
    });
    expect(await local(BACKUP_KEY)).toEqual([
      { original: corrupt, problems: report?.problems, at: expect.any(Number) },
    ]);
    expect(await local(REPORT_KEY)).toEqual(report);
  });

  it('never rewrites settings from a newer version, but reports them', async () => {
    const future = { ...DEFAULT_SETTINGS, version: 3, letterSpacing: 4, ruler: true };
    await fakeBrowser.storage.sync.set({ settings: future });
    const report = await repairStoredSettings();
    expect(report?.rewritten).toBe(false);
    expect(report?.problems.map((p) => p.kind)).toEqual(['newer-version', 'out-of-range']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(future);
    expect(await local(BACKUP_KEY)).toBeUndefined();
  });

  it('keeps the ten newest backups', async () => {
    for (let i = 0; i < 12; i++) {
      await fakeBrowser.storage.sync.set({ settings: { fontScale: 10 + i } });
      await repairStoredSettings();
    }
    const backups = (await local(BACKUP_KEY)) as Array<{ original: { fontScale: number } }>;
    expect(backups.map((b) => b.original.fontScale)).toEqual([
      12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ]);
  });
});
