import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { changeListener } from '@/settings/change-messages';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { pageChangeWriter } from '@/settings/page-changes';
import { forSite, loadSettings, SettingsStore } from '@/settings/settings-store';
import { SyncWriter } from '@/settings/sync-writer';
import { SETTINGS_CHANGE_MESSAGE } from '@/utils/protocol';

/** The top frame of a tab on `url`, as the browser names a content script there. */
const fromPage = (url: string, frameId = 0): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId,
  tab: { id: 7 } as Browser.tabs.Tab,
});
const change = (fields: Record<string, unknown>) => ({
  type: SETTINGS_CHANGE_MESSAGE,
  settings: fields,
});

/** The background's listener over its own writer, and a spy on what reaches the page writer. */
function background() {
  const signal = new AbortController().signal;
  const writer = new SyncWriter({ signal });
  const writePage = vi.fn(pageChangeWriter(writer, signal));
  return { listener: changeListener(writer, writePage), writePage };
}

/** readable mode on; own.example with its own settings (a larger size). */
async function storedChoices(): Promise<void> {
  const store = new SettingsStore();
  await store.update({ ...DEFAULT_SETTINGS, enabled: true });
  await store.setSiteMode('own.example', 'own');
  await store.updateFor('own.example', { fontScale: 2 });
  await store.flush();
}

describe("the background's handling of a page's change", () => {
  it("writes into the sender's site, its own settings where it has them", async () => {
    await storedChoices();
    const { listener } = background();
    await listener(change({ colorScheme: 'blue' }), fromPage('https://www.own.example/a'));
    await listener(change({ fontFamily: 'arial' }), fromPage('https://news.example/b'));
    const loaded = await loadSettings();
    expect(forSite(loaded, 'own.example')).toMatchObject({ fontScale: 2, colorScheme: 'blue' });
    expect(loaded.settings).toMatchObject({ colorScheme: 'original', fontFamily: 'arial' });
  });

  it('never takes a site the message names, nor anything else but the fields', async () => {
    await storedChoices();
    const before = await fakeBrowser.storage.sync.get(null);
    const { listener, writePage } = background();
    const sender = fromPage('https://news.example/');
    await listener({ ...change({ images: 'hide' }), sites: { 'own.example': 0 } }, sender);
    await listener({ ...change({ images: 'hide' }), flush: true }, sender);
    expect(writePage).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it.each([
    ['an invalid value among valid ones', { fontScale: 1.5, colorScheme: 'evil' }],
    ['a size past the largest', { fontScale: 9 }],
    ['the format version', { version: 2 }],
    ['a field Legible does not know', { tracking: true }],
    ['a prototype key', JSON.parse('{"__proto__": {"enabled": false}}') as object],
    ['no fields', {}],
    ['fields that are no object', ['enabled']],
  ])('refuses %s, and nothing stored changes', async (_what, fields) => {
    await storedChoices();
    const before = await fakeBrowser.storage.sync.get(null);
    const { listener, writePage } = background();
    const message = { type: SETTINGS_CHANGE_MESSAGE, settings: fields };
    await listener(message, fromPage('https://news.example/'));
    expect(writePage).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('takes nothing from a subframe, a sender without a tab or another extension', () => {
    const { listener, writePage } = background();
    const page = fromPage('https://news.example/');
    const message = change({ enabled: false });
    expect(listener(message, fromPage('https://news.example/', 3))).toBeUndefined();
    expect(listener(message, { ...page, tab: undefined })).toBeUndefined();
    expect(listener(message, { ...page, id: 'another-extension' })).toBeUndefined();
    expect(writePage).not.toHaveBeenCalled();
  });

  it("keeps both of two quick changes to a site's own settings", async () => {
    await storedChoices();
    const { listener } = background();
    const sender = fromPage('https://own.example/');
    await Promise.all([
      listener(change({ colorScheme: 'beige' }), sender),
      listener(change({ letterSpacing: 0.12 }), sender),
    ]);
    expect(forSite(await loadSettings(), 'own.example')).toMatchObject({
      fontScale: 2,
      colorScheme: 'beige',
      letterSpacing: 0.12,
    });
  });

  it("takes the site choices from Legible's own pages", async () => {
    const { listener } = background();
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await listener({ type: SETTINGS_CHANGE_MESSAGE, sites: { 'off.example': 0 } }, popup);
    expect((await loadSettings()).sites).toEqual({ 'off.example': 0 });
  });
});
