import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { SettingsStore, type LoadedSettings } from '@/settings/settings-store';

function watchInto(store: SettingsStore) {
  const seen: LoadedSettings[] = [];
  const controller = new AbortController();
  store.watch((loaded) => seen.push(loaded), { signal: controller.signal });
  return { seen, controller };
}

describe('SettingsStore', () => {
  it('gives watchers the current settings first', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, colorScheme: 'green' } });
    const { seen } = watchInto(new SettingsStore());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ source: 'sync', settings: { colorScheme: 'green' } });
  });

  it('shows an update to its own watchers at once and then writes it to sync', async () => {
    const store = new SettingsStore();
    const { seen } = watchInto(store);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await store.update({ enabled: true });
    expect(seen[1]?.settings.enabled).toBe(true);
    await store.idle();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: true,
    });
  });

  it('follows a change written by another context, as browser sync does', async () => {
    const { seen } = watchInto(new SettingsStore());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const fromElsewhere = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue', extra: 1 };
    await fakeBrowser.storage.sync.set({ settings: fromElsewhere });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.settings).toEqual(fromElsewhere);
  });

  it('does not jump back to an older stored value while its own writes are queued', async () => {
    const store = new SettingsStore();
    const { seen } = watchInto(store);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    for (const fontScale of [1.1, 1.2, 1.3, 1.4]) await store.update({ fontScale });
    await store.idle();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
        fontScale: 1.4,
      }),
    );
    const scales = seen.map((s) => s.settings.fontScale);
    expect(scales).toEqual([...scales].sort());
    expect(scales.at(-1)).toBe(1.4);
  });

  it('stops calling a watcher once its signal aborts', async () => {
    const { seen, controller } = watchInto(new SettingsStore());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: true } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});

describe('SettingsStore with an administrator policy', () => {
  it("applies the policy's sites but writes only the user's own choices", async () => {
    await fakeBrowser.storage.managed.set({ offSites: ['intranet.example'] });
    const store = new SettingsStore();
    expect((await store.load()).sites).toEqual({ 'intranet.example': 0 });
    await store.setSiteMode('news.example', 'off');
    await store.idle();
    expect(await fakeBrowser.storage.sync.get('sites.0')).toEqual({
      'sites.0': { 'news.example': 0 },
    });
    expect((await store.load()).sites).toEqual({ 'intranet.example': 0, 'news.example': 0 });
  });
});
