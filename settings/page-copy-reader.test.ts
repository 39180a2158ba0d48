import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY, pageSiteKey } from '@/settings/page-copy';
import { watchPageSettings } from '@/settings/page-copy-reader';
import type { Settings } from '@/settings/schema';
import { PAGE_COPY_WANTED_MESSAGE } from '@/utils/protocol';

const ON: Settings = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' };
const { local } = fakeBrowser.storage;

function watch(site: string | null, version = '1.0') {
  const seen: Settings[] = [];
  const controller = new AbortController();
  watchPageSettings(site, version, (settings) => seen.push(settings), controller.signal);
  return { seen, controller };
}

describe('watchPageSettings', () => {
  it("gives the published settings, the site's part over them", async () => {
    await local.set({
      [PAGE_SETTINGS_KEY]: { by: '1.0', settings: ON },
      [pageSiteKey('own.example')]: { fontScale: 2, enabled: false },
      [pageSiteKey('off.example')]: 0,
    });
    const [plain, own, off, none] = ['news.example', 'own.example', 'off.example', null].map(
      (site) => watch(site).seen,
    );
    await vi.waitFor(() => expect(none).toHaveLength(1));
    expect(plain).toEqual([ON]);
    expect(own).toEqual([{ ...ON, fontScale: 2 }]);
    expect(off).toEqual([{ ...ON, enabled: false }]);
    expect(none).toEqual([ON]);
  });

  it('follows changes to its own keys only, once per change of what applies', async () => {
    await local.set({ [PAGE_SETTINGS_KEY]: { by: '1.0', settings: ON } });
    const { seen } = watch('own.example');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await local.set({ [pageSiteKey('own.example')]: { colorScheme: 'green' } });
    await local.set({ [pageSiteKey('other.example')]: 0 });
    await local.set({
      [PAGE_SETTINGS_KEY]: { by: '1.0', settings: { ...ON, colorScheme: 'beige' } },
    });
    await local.remove(pageSiteKey('own.example'));
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen.map((settings) => settings.colorScheme)).toEqual(['blue', 'green', 'beige']);
  });

  it("shows nothing from a missing copy or another version's, asks for one and waits", async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown }).type === PAGE_COPY_WANTED_MESSAGE) asked();
    });
    await local.set({ [PAGE_SETTINGS_KEY]: { by: '0.9', settings: ON } });
    const { seen } = watch('news.example');
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(seen).toEqual([]);
    await local.set({ [PAGE_SETTINGS_KEY]: { by: '1.0', settings: ON } });
    await vi.waitFor(() => expect(seen).toEqual([ON]));
  });

  it('stops once its signal aborts', async () => {
    await local.set({ [PAGE_SETTINGS_KEY]: { by: '1.0', settings: ON } });
    const { seen, controller } = watch('news.example');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    await local.set({ [PAGE_SETTINGS_KEY]: { by: '1.0', settings: DEFAULT_SETTINGS } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
