import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY } from '@/settings/page-copy';
import { PageSettingsStore } from '@/settings/page-settings-store';
import type { Settings } from '@/settings/schema';
import { SETTINGS_CHANGE_MESSAGE } from '@/utils/protocol';

const VERSION = '1.0';
const SITE = 'news.example';
const ON: Settings = { ...DEFAULT_SETTINGS, enabled: true };

const publish = (settings: Settings) =>
  fakeBrowser.storage.local.set({ [PAGE_SETTINGS_KEY]: { by: VERSION, settings } });

/**
 * The background, held: each change sent waits until the test answers it, publishing
 * the copy first (as the background does) or, for a refused change, not.
 */
function holdBackground() {
  const sent: unknown[] = [];
  const answers: ((published: Settings | null) => Promise<void>)[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        sent.push(message);
        answers.push(async (published) => {
          if (published) await publish(published);
          resolve(undefined);
        });
      }),
  );
  return {
    sent,
    answer: (index: number, published: Settings | null) => answers[index]!(published),
  };
}

async function watched(store = new PageSettingsStore(VERSION)) {
  const seen: Settings[] = [];
  store.watch(SITE, (settings) => seen.push(settings), { signal: new AbortController().signal });
  await vi.waitFor(() => expect(seen).toHaveLength(1));
  return { store, seen, last: () => seen.at(-1)! };
}

describe('PageSettingsStore', () => {
  it('sends the fields alone and shows them at once, over what other contexts change meanwhile', async () => {
    await publish(ON);
    const background = holdBackground();
    const { store, last } = await watched();
    const updated = store.update({ fontScale: 1.25 });
    expect(last().fontScale).toBe(1.25);
    expect(background.sent).toEqual([
      { type: SETTINGS_CHANGE_MESSAGE, settings: { fontScale: 1.25 } },
    ]);
    // The popup changes the scheme before the background answers: both are shown.
    await publish({ ...ON, colorScheme: 'green' });
    await vi.waitFor(() => expect(last().colorScheme).toBe('green'));
    expect(last().fontScale).toBe(1.25);
    await background.answer(0, { ...ON, colorScheme: 'green', fontScale: 1.25 });
    await updated;
    expect(last()).toEqual({ ...ON, colorScheme: 'green', fontScale: 1.25 });
  });

  it('shows what is stored once the background answered, a change it refused gone', async () => {
    await publish(ON);
    const background = holdBackground();
    const { store, seen, last } = await watched();
    const updated = store.update({ fontScale: 1.25 });
    await background.answer(0, null);
    await updated;
    expect(seen.map((settings) => settings.fontScale)).toEqual([1, 1.25, 1]);
    expect(last()).toEqual(ON);
  });

  it('keeps a field changed again until its own change is answered', async () => {
    await publish(ON);
    const background = holdBackground();
    const { store, seen, last } = await watched();
    const first = store.update({ fontScale: 1.25 });
    const second = store.update({ fontScale: 1.5 });
    await background.answer(0, { ...ON, fontScale: 1.25 });
    await first;
    expect(last().fontScale).toBe(1.5);
    await background.answer(1, { ...ON, fontScale: 1.5 });
    await second;
    expect(seen.map((settings) => settings.fontScale)).toEqual([1, 1.25, 1.5]);
  });

  it('shows the copy again when the background cannot answer (reloaded with the extension)', async () => {
    await publish(ON);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const { store, last } = await watched();
    await store.update({ colorScheme: 'blue' });
    expect(last()).toEqual(ON);
  });

  it('gives a second watcher of the site what the first read, at once', async () => {
    await publish(ON);
    const { store } = await watched();
    const seen: Settings[] = [];
    store.watch(SITE, (settings) => seen.push(settings), { signal: new AbortController().signal });
    expect(seen).toEqual([ON]);
  });
});
