import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { SettingsStore } from '@/settings/settings-store';

const stored = async () => (await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;

describe('SettingsStore sending patches to the one writer', () => {
  it('writes only the fields changed, onto what is stored now, not onto its older copy', async () => {
    const store = new SettingsStore();
    await store.load();
    // Another context (or computer) changes another field after this one loaded.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, colorScheme: 'green' } });
    await store.update({ fontScale: 2 });
    await store.idle();
    expect((await stored()).settings).toEqual({
      ...DEFAULT_SETTINGS,
      colorScheme: 'green',
      fontScale: 2,
    });
    expect((await stored()).settingsStamps).toEqual({
      fontScale: [expect.any(Number), expect.any(String)],
    });
  });

  it("never stores an administrator's presets with the user's own settings", async () => {
    await fakeBrowser.storage.managed.set({
      settings: { colorScheme: 'beige', fontFamily: 'arial' },
      locked: ['fontFamily'],
    });
    const store = new SettingsStore();
    expect((await store.load()).settings).toMatchObject({
      colorScheme: 'beige',
      fontFamily: 'arial',
    });
    await store.update({ enabled: true });
    await store.idle();
    // The first object leaves out the preset fields, whose defaults would hide the presets.
    const { colorScheme: _scheme, fontFamily: _font, ...unpreset } = DEFAULT_SETTINGS;
    expect((await stored()).settings).toEqual({ ...unpreset, enabled: true });
    expect((await store.load()).settings).toMatchObject({ enabled: true, colorScheme: 'beige' });
  });

  it('sends a site choice as that one site, and a removal leaves a tombstone', async () => {
    const store = new SettingsStore();
    await store.setSiteMode('news.example', 'off');
    await store.setSiteMode('portal.example', 'own');
    await store.idle();
    await store.setSiteMode('news.example', 'mine');
    await store.idle();
    const sync = await stored();
    expect(sync['sites.0']).toEqual({ 'portal.example': {} });
    expect(
      Object.values(sync['siteStamps.0'] as object).some((stamp) => String(stamp).startsWith('~')),
    ).toBe(true);
    expect((await store.load()).ownSites).toEqual({ 'portal.example': {} });
  });
});
