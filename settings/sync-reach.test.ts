import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncStaysOnDevice } from '@/settings/sync-reach';

function onPlatform(os: string) {
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({
    os,
    arch: 'arm',
  } as Awaited<ReturnType<typeof fakeBrowser.runtime.getPlatformInfo>>);
}

describe('whether sync reaches other devices', () => {
  it('stays on the device on Firefox for Android', async () => {
    onPlatform('android');
    await expect(syncStaysOnDevice()).resolves.toBe(true);
  });

  it('reaches them on desktop systems', async () => {
    for (const os of ['linux', 'win', 'mac', 'cros']) {
      onPlatform(os);
      await expect(syncStaysOnDevice()).resolves.toBe(false);
    }
  });

  it('is taken to reach them where the platform cannot be told', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockRejectedValue(new Error('no'));
    await expect(syncStaysOnDevice()).resolves.toBe(false);
  });
});
