/**
 * Two computers, one reader (PRODUCT.md), for real: two browsers, each with its own
 * profile and the built extension, their `storage.sync` carried between them by a relay
 * that does what the sync server does (support/sync-relay.ts: each key whole, the last
 * to arrive winning, with delays that reorder the keys). Changes made at the same time
 * on both, through Legible's own pages, must all end up on both: different settings,
 * different sites added, a site removed on one while the other adds another.
 *
 * In Chromium, also through Chromium's own sync engine (its local sync backend), one
 * computer at a time: that backend hands its state from one browser to the next only
 * when a browser starts, so it cannot carry changes made at the same time, but it shows
 * that what Legible writes is what Chromium's sync really carries and delivers.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  launchChromium,
  launchExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
} from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { startPageServer, type PageServer } from '@/tests/e2e/support/page-server';
import { seededDelays, SyncRelay } from '@/tests/e2e/support/sync-relay';

const BLUE = { background: 'rgb(157, 209, 255)', text: 'rgb(6, 52, 98)' };
const GREEN = { background: 'rgb(59, 39, 22)', text: 'rgb(169, 228, 77)' };
const PORTAL = { background: 'rgb(238, 241, 245)', text: 'rgb(34, 34, 34)' };

interface Computer {
  readonly session: ExtensionBrowser;
  readonly options: Page;
  readonly storage: ExtensionStorage;
}

/** Many sites at once, as a change from one of Legible's pages (what the popup sends). */
function addSites(page: Page, sites: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (sites) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.runtime.sendMessage({ type: 'legible:settings-change', sites });
  }, sites);
}

function siteList(page: Page): Promise<string[]> {
  return page.$$eval('li[data-site]', (items) =>
    items.map((item) => item.getAttribute('data-site') ?? '').sort(),
  );
}

async function waitForSites(page: Page, expected: readonly string[]): Promise<void> {
  const wanted = [...expected].sort();
  const deadline = Date.now() + 20_000;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = await siteList(page);
    if (JSON.stringify(last) === JSON.stringify(wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`sites ${JSON.stringify(last)}, expected ${JSON.stringify(wanted)}`);
}

const many = (prefix: string) =>
  Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [
      `${prefix}-${i}.example.org`,
      i % 2 ? 0 : { fontScale: 1.5 },
    ]),
  );

export function twoComputersSuite(name: BrowserName): void {
  describe(`two computers in ${name}`, () => {
    let server: PageServer;
    let relay: SyncRelay;
    const computers: Computer[] = [];

    beforeAll(async () => {
      server = await startPageServer();
      for (let i = 0; i < 2; i++) {
        const session = await launchExtensionBrowser(name);
        const options = await session.openExtensionPage('/options.html', '#export');
        computers.push({ session, options, storage: new ExtensionStorage(options) });
      }
      relay = await SyncRelay.start(
        computers.map(({ options }) => options),
        seededDelays(7),
      );
    });
    afterAll(async () => {
      relay?.stop();
      for (const { session } of computers) await session.close();
      await server?.close();
    });

    const a = () => computers[0]!;
    const b = () => computers[1]!;

    async function openArticle(c: Computer, host: string): Promise<Page> {
      const page = await c.session.browser.newPage();
      await page.goto(server.url('/demo/article-en.html').replace('127.0.0.1', host));
      await page.waitForSelector('article p');
      return page;
    }

    async function openPopupFor(c: Computer, page: Page): Promise<Page> {
      const url = page.url();
      const tabId = await c.options.evaluate(async (url) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
      }, url);
      return c.session.openExtensionPage(`/popup.html?tab=${tabId}`, '#page-state');
    }

    it('keeps different settings changed on each at the same time, on both', async () => {
      await Promise.all([
        a().options.click('[aria-labelledby="font-label"] button[data-value="arial"]'),
        b().options.click('[aria-labelledby="scheme-label"] button[data-value="blue"]'),
        b().options.click('button[role="switch"]'),
      ]);
      for (const c of [a(), b()])
        await c.storage.waitForFields(
          'sync',
          'settings',
          { enabled: true, fontFamily: 'arial', colorScheme: 'blue' },
          20_000,
        );
      for (const c of [a(), b()]) {
        const page = await openArticle(c, '127.0.0.1');
        await waitForScheme(page, BLUE.background, BLUE.text);
        expect(await page.$eval('h1', (h1) => getComputedStyle(h1).fontFamily)).toMatch(/^Arial/);
        await page.close();
      }
    });

    it('keeps the sites added on each at the same time, on both', async () => {
      const here = await openArticle(a(), '127.0.0.1');
      const there = await openArticle(b(), 'localhost');
      const [popupA, popupB] = await Promise.all([
        openPopupFor(a(), here),
        openPopupFor(b(), there),
      ]);
      await Promise.all([
        popupA.click('input[value="off"]'),
        (async () => {
          await popupB.click('input[value="own"]');
          await popupB.click('button[data-value="green"]');
        })(),
        addSites(a().options, many('a')),
        addSites(b().options, many('b')),
      ]);
      const all = ['127.0.0.1', 'localhost', ...Object.keys(many('a')), ...Object.keys(many('b'))];
      for (const c of [a(), b()]) await waitForSites(c.options, all);
      // Each computer applies the other's choice on its pages.
      await there.bringToFront();
      await waitForScheme(there, GREEN.background, GREEN.text);
      const offThere = await openArticle(b(), '127.0.0.1');
      await waitForScheme(offThere, PORTAL.background, PORTAL.text);
      for (const page of [popupA, popupB, here, there, offThere]) await page.close();
    });

    it('removes a site on one while the other adds one, and both end with everything', async () => {
      const before = await siteList(a().options);
      await Promise.all([
        a().options.click('li[data-site="127.0.0.1"] button'),
        addSites(b().options, { 'late.example.org': 0 }),
      ]);
      const after = [...before.filter((site) => site !== '127.0.0.1'), 'late.example.org'];
      for (const c of [a(), b()]) await waitForSites(c.options, after);
      await relay.quiet();
      const everything = (c: Computer) =>
        c.options.evaluate(async () => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          return api.storage.sync.get(null);
        });
      // The relay is quiet, but a computer's last trailing write (the write scheduler's
      // interval) may still be on its way: both must end the same, soon.
      await vi.waitFor(async () => expect(await everything(a())).toEqual(await everything(b())), {
        timeout: 10000,
        interval: 300,
      });
      expect(relay.delivered).toBeGreaterThan(0);
    });
  });

  if (name !== 'chromium') return;
  describe('two computers through Chromium’s local sync backend, one at a time', () => {
    const folder = mkdtempSync(join(tmpdir(), 'legible-local-sync-'));
    const file = join(folder, 'sync-state');
    const start = async (profile: string) => {
      const session = await launchChromium({ localSync: { file, profile: join(folder, profile) } });
      const options = await session.openExtensionPage('/options.html', '#export');
      return { session, options, storage: new ExtensionStorage(options) };
    };
    /** Chromium writes its backend's state a moment after committing: wait for `text` in it. */
    const committed = async (text: string) => {
      const deadline = Date.now() + 15_000;
      while (!existsSync(file) || !readFileSync(file).toString('latin1').includes(text)) {
        if (Date.now() > deadline) throw new Error(`"${text}" never reached the sync backend`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    it('carries each computer’s changes to the other, merged', async () => {
      const first = await start('a');
      await first.options.click('[aria-labelledby="font-label"] button[data-value="georgia"]');
      await addSites(first.options, { 'first.example.org': 0, 'gone.example.org': 0 });
      await first.storage.waitForFields('sync', 'settings', { fontFamily: 'georgia' });
      await committed('gone.example.org');
      await first.session.close();

      const second = await start('b');
      await second.storage.waitForFields('sync', 'settings', { fontFamily: 'georgia' }, 20_000);
      await waitForSites(second.options, ['first.example.org', 'gone.example.org']);
      await second.options.click('[aria-labelledby="scheme-label"] button[data-value="beige"]');
      await second.options.click('li[data-site="gone.example.org"] button');
      await addSites(second.options, { 'second.example.org': { fontScale: 2 } });
      await waitForSites(second.options, ['first.example.org', 'second.example.org']);
      await committed('second.example.org');
      await second.session.close();

      const again = await start('a');
      await again.storage.waitForFields(
        'sync',
        'settings',
        { fontFamily: 'georgia', colorScheme: 'beige' },
        20_000,
      );
      await waitForSites(again.options, ['first.example.org', 'second.example.org']);
      await again.session.close();
    }, 60_000);
  });
}
