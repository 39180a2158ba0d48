import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY, type PageSettingsCopy } from '@/settings/page-copy';
import { loadSettings } from '@/settings/settings-store';

const { commands } = fakeBrowser;
const { managed } = fakeBrowser.storage;

afterEach(() => {
  Object.assign(fakeBrowser, { commands });
  Object.assign(fakeBrowser.storage, { managed });
});

describe('the background', () => {
  it('starts in a browser without keyboard shortcuts or managed storage (Firefox for Android)', () => {
    Reflect.deleteProperty(fakeBrowser, 'commands');
    Reflect.deleteProperty(fakeBrowser.storage, 'managed');
    expect(() => background.main()).not.toThrow();
  });
});

/** Starts the background as Firefox for Android would have it: no `commands`. */
function startWithoutCommands(): void {
  Reflect.deleteProperty(fakeBrowser, 'commands');
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '2.0' }) });
  // The fake browser has no `scripting`: the registrations are not what is tested here.
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: vi.fn(() => Promise.resolve([])),
      registerContentScripts: vi.fn(() => Promise.resolve()),
      unregisterContentScripts: vi.fn(() => Promise.resolve()),
    },
  });
  background.main();
}

const published = async () =>
  (await fakeBrowser.storage.local.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY] as
    PageSettingsCopy | undefined;

describe("the background's page copy", () => {
  it('publishes the settings in effect, policy applied, again on every change', async () => {
    await fakeBrowser.storage.managed.set({ settings: { colorScheme: 'green' } });
    startWithoutCommands();
    const { local } = fakeBrowser.storage;
    await vi.waitFor(async () => expect((await published())?.settings.colorScheme).toBe('green'));
    expect(await published()).toEqual({ by: '2.0', settings: (await loadSettings()).settings });

    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontScale: 2 } });
    await vi.waitFor(async () => expect((await published())?.settings.fontScale).toBe(2));
    // Removed from outside, as `local.clear()` does (which the fake browser does not report).
    await local.remove(PAGE_SETTINGS_KEY);
    await vi.waitFor(async () => expect((await published())?.settings.fontScale).toBe(2));
  });

  it("publishes the user's settings where managed storage rejects every call (Firefox for Android)", async () => {
    const refused = () => Promise.reject(new Error('storage.managed is not supported'));
    Object.assign(fakeBrowser.storage, { managed: { ...managed, get: refused } });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontScale: 2 } });
    startWithoutCommands();
    await vi.waitFor(async () => expect((await published())?.settings.fontScale).toBe(2));
  });
});
