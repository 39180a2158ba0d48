/**
 * Reflow (WCAG 1.4.10, issue 16) in real Chromium and Firefox: at 360 × 740, with the
 * page loaded there and loaded at 1280 px then narrowed, and at 1280 px, readable mode at
 * 200 % with WCAG 1.4.12 spacing and at Arial 200 % with 0.25 em letters and double
 * lines adds no sideways scrolling and clips no text the page did not (support/reflow.ts).
 * On the reflow fixture (a wide table, a nav row that never wraps, a long URL, a
 * fixed-width button, a preformatted line) and corpus pages in English, Russian and
 * Belarusian; GOV.UK, breitbart and tmz, which the issue measured, are not in the corpus.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { readReflow, reflowChange, type ReflowReading } from '@/tests/e2e/support/reflow';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';

const OFF = { version: 1, enabled: false, colorScheme: 'blue', panel: false };
const WCAG_200 = {
  ...OFF,
  enabled: true,
  fontScale: 2,
  letterSpacing: 0.12,
  wordSpacing: 0.16,
  lineHeight: 1.5,
  paragraphSpacing: 2,
};
const ARIAL_200 = { ...OFF, enabled: true, fontFamily: 'arial', fontScale: 2 };
const ARIAL_SPACED = { ...ARIAL_200, letterSpacing: 0.25, lineHeight: 2 };

const PAGES = [
  '/fixtures/pages/reflow.html',
  '/corpus/readability/wikipedia.html',
  '/corpus/portal/article-ru.html',
  '/corpus/portal/article-be.html',
];
const NARROW = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
/** Long enough for the layout guard after a load (layout-checks.ts) or a resize (window-follow.ts). */
const SETTLE_MS = 500;

type Readings = Record<'360' | '1280' | '1280→360', ReflowReading>;

export function reflowSuite(name: BrowserName): void {
  describe(`reflow in ${name}`, () => {
    const ctx = useSuiteSession(name);
    // With readable mode off nothing runs after the load: the pages have no scripts.
    let waitMs = 0;
    const settle = () => new Promise((resolve) => setTimeout(resolve, waitMs));

    async function open(path: string, viewport: typeof NARROW): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport(viewport);
      await page.goto(ctx.server.url(path), { waitUntil: 'load' });
      await settle();
      return page;
    }

    /** The page loaded at 360 px, and loaded at 1280 px, then narrowed to 360 px. */
    async function read(path: string): Promise<Readings> {
      const narrow = await open(path, NARROW);
      const loadedNarrow = await readReflow(narrow);
      await narrow.close();
      const wide = await open(path, WIDE);
      const loadedWide = await readReflow(wide);
      await wide.setViewport(NARROW);
      await new Promise((resolve) => setTimeout(resolve, waitMs || 100));
      const narrowed = await readReflow(wide);
      await wide.close();
      return { '360': loadedNarrow, '1280': loadedWide, '1280→360': narrowed };
    }

    const own = new Map<string, Readings>();
    beforeAll(async () => {
      await ctx.startWith(OFF);
      for (const path of PAGES) own.set(path, await read(path));
      waitMs = SETTLE_MS;
    });

    /** What `settings` changed on every page, at every width, that should not have. */
    async function breaks(settings: Record<string, unknown>): Promise<string[]> {
      await ctx.startWith(settings);
      const found: string[] = [];
      for (const path of PAGES) {
        const readings = await read(path);
        for (const width of Object.keys(readings) as (keyof Readings)[]) {
          const before = own.get(path)?.[width];
          if (!before) throw new Error(`no reading of ${path} at ${width} with readable mode off`);
          const { widenedBy, newlyClipped } = reflowChange(before, readings[width]);
          if (widenedBy > 0) found.push(`${path} at ${width}: ${widenedBy} px wider`);
          if (newlyClipped.length > 0) found.push(`${path} at ${width}: clips ${newlyClipped}`);
        }
      }
      return found;
    }

    it('adds no sideways scrolling and clips no text at 200 % with WCAG spacing', async () => {
      expect(await breaks(WCAG_200)).toEqual([]);
    }, 90_000);

    it('adds no sideways scrolling and clips no text at Arial 200 %, 0.25 em, double lines', async () => {
      expect(await breaks(ARIAL_SPACED)).toEqual([]);
    }, 90_000);
  });
}
