import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY, PAGE_SITES_KEY, pageSiteKey } from '@/settings/page-copy';
import { publishPageCopy } from '@/settings/page-copy-publisher';
import type { Settings } from '@/settings/schema';

const ON: Settings = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' };
const { local } = fakeBrowser.storage;

describe('publishPageCopy', () => {
  it('publishes the settings with the version, and each site part', async () => {
    await publishPageCopy(ON, { 'off.example': 0, 'own.example': { fontScale: 2 } }, '1.0');
    expect(await local.get(null)).toEqual({
      [PAGE_SETTINGS_KEY]: { by: '1.0', settings: ON },
      [pageSiteKey('off.example')]: 0,
      [pageSiteKey('own.example')]: { fontScale: 2 },
      [PAGE_SITES_KEY]: [pageSiteKey('off.example'), pageSiteKey('own.example')],
    });
  });

  it("repairs a site's own fields and leaves readable mode the user's switch", async () => {
    await publishPageCopy(ON, { 'own.example': { fontScale: 9, enabled: false } }, '1.0');
    expect((await local.get(pageSiteKey('own.example')))[pageSiteKey('own.example')]).toEqual({
      fontScale: 3,
    });
  });

  it('writes only what changed, and removes the sites no longer chosen', async () => {
    await publishPageCopy(ON, { 'a.example': 0, 'b.example': 0 }, '1.0');
    const heard: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => heard.push(Object.keys(changes)));
    await publishPageCopy(ON, { 'a.example': 0 }, '1.0');
    await publishPageCopy(ON, { 'a.example': 0 }, '1.0');
    expect(heard).toEqual([[PAGE_SITES_KEY], [pageSiteKey('b.example')]]);
    expect(await local.get(null)).not.toHaveProperty(pageSiteKey('b.example'));
  });

  it('removes only keys of its own, whatever the list of published sites holds', async () => {
    await local.set({ settingsBackup: [], [PAGE_SITES_KEY]: ['settingsBackup'] });
    await publishPageCopy(ON, {}, '1.0');
    expect(await local.get(null)).toHaveProperty('settingsBackup');
  });
});
