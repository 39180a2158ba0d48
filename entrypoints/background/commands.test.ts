import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { runCommand } from '@/entrypoints/background/commands';

describe('keyboard commands', () => {
  it('toggle readable mode through the one writer, as a patch', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, colorScheme: 'blue' } });
    await runCommand('toggle-readable-mode');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      colorScheme: 'blue',
      enabled: true,
    });
  });

  it('write nothing when sync cannot be read: a toggle from a guess is no toggle', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is unavailable'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await runCommand('toggle-readable-mode');
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
