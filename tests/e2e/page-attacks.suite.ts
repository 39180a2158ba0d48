/**
 * The page is untrusted (issue #14), in real Chromium and Firefox. On
 * tests/fixtures/pages/attacker.html, whose scripts try everything a page can against
 * Legible's panel and reading guide (their shadow roots, .click() on everything,
 * made-up click, input, change and keydown events on the hosts and the document, the
 * host focused and Enter and Space "pressed", a made-up pointer for the guide), the
 * page's scripts get null for both roots and reach nothing inside, nothing at all is
 * written to storage, and the page stays restyled. And made-up events do nothing even
 * on the panel's own controls, where only the test's side of the protocol can reach
 * (the panel's isTrusted guard), while the reader's own clicks still work.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { inGuide, panelControl, panelPresent, panelRoot } from '@/tests/e2e/support/panel';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

/** Readable mode on in the blue scheme, the panel with its reading aids, the guide. */
const ON = {
  ...DEFAULT_SETTINGS,
  enabled: true,
  colorScheme: 'blue',
  panelAids: true,
  readingGuide: true,
};
const BLUE = { background: 'rgb(157, 209, 255)', text: 'rgb(6, 52, 98)' };
/** Longer than the store's coalesced writes (up to 600 ms) take to reach storage. */
const WRITES_SETTLE_MS = 1500;

/** What attacker.html's scripts got (see the fixture). */
interface AttackReport {
  panelRoot: string;
  guideRoot: string;
  inside: number;
  reattached: string | null;
  clicked: number;
  dispatched: number;
  focusedHost: boolean;
  errors: string[];
  rounds: number;
  done: boolean;
}

export function pageAttacksSuite(name: BrowserName): void {
  describe(`a hostile page in ${name}`, () => {
    const ctx = useSuiteSession(name);
    beforeEach(() => ctx.startWith(ON));

    async function open(path: string): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(ctx.server.url(path));
      await page.bringToFront();
      return page;
    }

    const settle = () => new Promise((resolve) => setTimeout(resolve, WRITES_SETTLE_MS));

    it('its scripts get null for both shadow roots, reach nothing inside and change nothing', async () => {
      const before = await ctx.storage.snapshot();
      const page = await open('/fixtures/pages/attacker.html');
      await page.waitForFunction(
        () => (window as unknown as { attackReport?: AttackReport }).attackReport?.done,
        { polling: 50, timeout: 15_000 },
      );
      const report = await page.evaluate(
        () => (window as unknown as { attackReport: AttackReport }).attackReport,
      );
      await settle();
      // Nothing at all was written, to either area.
      expect(await ctx.storage.snapshot()).toEqual(before);
      // Nothing was reachable: null for both roots, no element from inside either.
      expect(report).toMatchObject({
        panelRoot: 'null',
        guideRoot: 'null',
        inside: 0,
        reattached: 'NotSupportedError',
        focusedHost: true,
        errors: [],
        rounds: 2,
      });
      // The attacks did run: every element clicked, every event sent.
      expect(report.clicked).toBeGreaterThan(20);
      expect(report.dispatched).toBeGreaterThan(100);
      // Still restyled, the panel still there, its scheme still chosen.
      await waitForScheme(page, BLUE.background, BLUE.text);
      expect(await panelPresent(page)).toBe(true);
      await panelControl(page, '[data-value="blue"][aria-pressed="true"]');
      // The guide's band did not follow the made-up pointer to the bottom of the window.
      const band = await inGuide(
        page,
        (root) => {
          const top = root.querySelector('.above')!.getBoundingClientRect().bottom;
          const bottom = root.querySelector('.below')!.getBoundingClientRect().top;
          return { middle: (top + bottom) / 2, window: innerHeight };
        },
        null,
      );
      expect(band.window - 20 - band.middle).toBeGreaterThan(100);
    });

    it("made-up events do nothing even on the panel's own controls; the reader's still do", async () => {
      const before = await ctx.storage.snapshot();
      const page = await open('/fixtures/pages/plain.html');
      await panelControl(page, '#reading-aids button');
      const root = (await panelRoot(page))!;
      // From inside the root, where the page cannot reach: every control clicked by
      // script, given a value, and sent made-up events.
      const sent = await root.evaluate((root) => {
        const types = ['mousedown', 'click', 'keydown', 'input', 'change'];
        let count = 0;
        for (const control of root.querySelectorAll<HTMLElement>('button, input, select')) {
          if (control instanceof HTMLInputElement) control.value = '#ff00ff';
          control.click();
          for (const type of types) {
            control.dispatchEvent(
              type === 'keydown'
                ? new KeyboardEvent(type, { key: 'Enter', bubbles: true, cancelable: true })
                : new Event(type, { bubbles: true, cancelable: true }),
            );
          }
          count++;
        }
        return count;
      });
      expect(sent).toBeGreaterThan(30);
      await settle();
      expect(await ctx.storage.snapshot()).toEqual(before);

      // The reader's own click, through the browser's input.
      await (await panelControl(page, '[data-value="green"]')).click();
      await ctx.storage.waitForFields('sync', 'settings', { colorScheme: 'green' });
    });
  });
}
