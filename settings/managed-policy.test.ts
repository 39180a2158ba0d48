import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { repairSettings } from '@/settings/repair';
import { loadSettings, SettingsStore } from '@/settings/settings-store';
import { settingsForSite, SITE_OFF } from '@/settings/site-choices';
import {
  inspectManagedPolicy,
  parsePolicy,
  sitesWithPolicy,
  withPolicy,
  type ManagedPolicy,
} from '@/settings/managed-policy';

const policy: ManagedPolicy = {
  settings: { enabled: true, fontScale: 1.5, colorScheme: 'beige', fontFamily: 'arial' },
  offSites: ['Intranet.example'],
  siteSettings: { 'portal.example': { colorScheme: 'blue' } },
  locked: ['fontFamily'],
};

describe('managed presets', () => {
  it('are the defaults when the user has chosen nothing', () => {
    const settings = repairSettings(withPolicy(undefined, policy)).settings;
    expect(settings).toMatchObject({
      enabled: true,
      fontScale: 1.5,
      colorScheme: 'beige',
      fontFamily: 'arial',
    });
  });

  it("let the user's own choices win", () => {
    const settings = repairSettings(
      withPolicy({ colorScheme: 'green', enabled: false }, policy),
    ).settings;
    expect(settings).toMatchObject({ colorScheme: 'green', enabled: false, fontScale: 1.5 });
  });

  it('except for locked fields', () => {
    expect(withPolicy({ fontFamily: 'opendyslexic' }, policy)).toMatchObject({
      fontFamily: 'arial',
    });
  });

  it('leave everything alone without a policy, and corrupt settings to the repair', () => {
    expect(withPolicy({ a: 1 }, null)).toEqual({ a: 1 });
    expect(withPolicy('garbage', policy)).toBe('garbage');
  });

  it("add the policy's site choices under the user's", () => {
    expect(sitesWithPolicy({ 'portal.example': SITE_OFF }, policy)).toEqual({
      'intranet.example': SITE_OFF,
      'portal.example': SITE_OFF,
    });
    expect(sitesWithPolicy({}, policy)).toEqual({
      'intranet.example': SITE_OFF,
      'portal.example': { colorScheme: 'blue' },
    });
  });

  it('bad policy values are repaired like any other input', () => {
    const settings = repairSettings(
      withPolicy(undefined, { settings: { fontScale: 40 } }),
    ).settings;
    expect(settings.fontScale).toBe(3);
  });
});

describe('a malformed policy', () => {
  // Chrome checks the policy's types against public/managed-schema.json, so what reaches
  // Legible there is well typed but may still name no site or no field.
  it('from Chrome: bad site names and lock names are left out, the rest applies', () => {
    const { policy, problems } = parsePolicy({
      settings: { colorScheme: 'beige' },
      offSites: ['intranet.example', '*.example.org', ''],
      siteSettings: { 'Portal.Example': { colorScheme: 'blue' }, 'a/b': { fontScale: 2 } },
      locked: ['fontFamily', 'nonsense', 'version'],
    });
    expect(policy).toEqual({
      settings: { colorScheme: 'beige' },
      offSites: ['intranet.example'],
      siteSettings: { 'portal.example': { colorScheme: 'blue' } },
      locked: ['fontFamily'],
    });
    expect(problems).toEqual([
      { kind: 'left-out', part: 'locked', entry: 'nonsense' },
      { kind: 'left-out', part: 'locked', entry: 'version' },
      { kind: 'left-out', part: 'offSites', entry: '*.example.org' },
      { kind: 'left-out', part: 'offSites', entry: '' },
      { kind: 'left-out', part: 'siteSettings', entry: 'a/b' },
    ]);
  });

  // Firefox hands over policies.json as written.
  it('from Firefox: wrong types are left out or read as meant, never thrown', () => {
    const { policy, problems } = parsePolicy({
      settings: 'arial',
      offSites: 5,
      siteSettings: { 'news.example': 0, 'ok.example': { images: 'hide' } },
      locked: 'fontFamily',
    });
    expect(policy).toEqual({
      siteSettings: { 'ok.example': { images: 'hide' } },
      locked: ['fontFamily'],
    });
    expect(problems).toEqual([
      { kind: 'left-out', part: 'settings', entry: null },
      { kind: 'read-as-list', part: 'locked', entry: 'fontFamily' },
      { kind: 'left-out', part: 'offSites', entry: null },
      { kind: 'left-out', part: 'siteSettings', entry: 'news.example' },
    ]);
    expect(parsePolicy({ siteSettings: [1, 2] }).problems).toEqual([
      { kind: 'left-out', part: 'siteSettings', entry: null },
    ]);
  });

  it('is no policy at all when empty or not an object', () => {
    expect(parsePolicy({})).toEqual({ policy: null, problems: [] });
    expect(parsePolicy(null)).toEqual({ policy: null, problems: [] });
  });

  it('does not stop the settings from loading, in any context', async () => {
    await fakeBrowser.storage.managed.set({ locked: 'fontFamily', offSites: 5, settings: [] });
    await expect(loadSettings()).resolves.toMatchObject({ settings: DEFAULT_SETTINGS });
  });
});

describe('locked fields', () => {
  it("hold on a site with its own settings, the user's or the policy's", () => {
    const locking: ManagedPolicy = {
      settings: { fontFamily: 'arial' },
      siteSettings: { 'portal.example': { fontFamily: 'times', colorScheme: 'blue' } },
      locked: ['fontFamily'],
    };
    const sites = sitesWithPolicy({ 'mine.example': { fontFamily: 'verdana' } }, locking);
    expect(sites).toEqual({
      'portal.example': { colorScheme: 'blue' },
      'mine.example': {},
    });
    const settings = repairSettings(withPolicy({ fontFamily: 'georgia' }, locking)).settings;
    expect(settingsForSite(settings, sites, 'mine.example').fontFamily).toBe('arial');
    expect(settingsForSite(settings, sites, 'portal.example')).toMatchObject({
      fontFamily: 'arial',
      colorScheme: 'blue',
    });
  });
});

describe('a browser without managed storage (Firefox for Android)', () => {
  const { managed } = fakeBrowser.storage;
  afterEach(() => {
    Object.assign(fakeBrowser.storage, { managed });
  });

  it('has no policy, and says nothing about it', async () => {
    Reflect.deleteProperty(fakeBrowser.storage, 'managed');
    await expect(inspectManagedPolicy()).resolves.toEqual({ policy: null, problems: [] });
    await expect(loadSettings()).resolves.toMatchObject({ settings: DEFAULT_SETTINGS });
  });

  it('has no policy where the area is there but rejects every call', async () => {
    const refused = () => Promise.reject(new Error('storage.managed is not supported'));
    Object.assign(fakeBrowser.storage, { managed: { ...managed, get: refused } });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontScale: 2 } });
    await expect(inspectManagedPolicy()).resolves.toEqual({ policy: null, problems: [] });
    await expect(loadSettings()).resolves.toMatchObject({ settings: { fontScale: 2 } });
    // The one writer reads the policy's presets before each write: the write still goes.
    const store = new SettingsStore();
    await store.update({ colorScheme: 'blue' });
    await store.flush();
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored).toMatchObject({ settings: { fontScale: 2, colorScheme: 'blue' } });
  });
});
