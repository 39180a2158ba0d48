/**
 * The panel on a phone (360 × 740) in real Chromium and Firefox: one compact row that
 * takes under a quarter of the screen, its push-down included; every control at least
 * 44 × 44 px; worked by keyboard (Tab, Enter on "More", Escape) and by touch (taps);
 * following the window across 600 px; axe-core clean, "More" open or not. Its languages
 * are checked with the panel's own (panel.suite.ts).
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';
import { axePanelFindings } from '@/tests/e2e/support/axe';
import { expectQuarterAtMost, PHONE, smallTargets } from '@/tests/e2e/support/compact-panel';
import {
  focused,
  focusPanelByCommand,
  inPanel,
  panelControl,
  waitInPanel,
} from '@/tests/e2e/support/panel';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const ON = { ...DEFAULT_SETTINGS, enabled: true };

export function compactPanelSuite(name: BrowserName): void {
  describe(`the panel on a phone in ${name}`, () => {
    const ctx = useSuiteSession(name);
    beforeEach(() => ctx.startWith(ON));

    async function open(viewport = PHONE): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport(viewport);
      await page.goto(ctx.server.url('/demo/article-en.html'));
      await panelControl(page, 'button');
      return page;
    }

    const expanded = (page: Page) =>
      inPanel(
        page,
        (root) => root.querySelector('[data-action="more"]')?.getAttribute('aria-expanded'),
        null,
      );

    it('opens as one row under a quarter of the screen, every target 44 × 44 px', async () => {
      const page = await open();
      await panelControl(page, '[data-action="more"]');
      await expectQuarterAtMost(page);
      expect(await smallTargets(page)).toEqual([]);
      const rows = await inPanel(
        page,
        (root) =>
          new Set(
            [...root.querySelectorAll('button, select')].map((c) => c.getBoundingClientRect().top),
          ).size,
        null,
      );
      expect(rows).toBe(1);
      expect(await axePanelFindings(page)).toMatchObject({ violations: [] });

      // "More": the whole panel, its targets as large, still clean.
      await (await panelControl(page, '[data-action="more"]')).click();
      await panelControl(page, '#panel-more [data-value="blue"]');
      expect(await smallTargets(page)).toEqual([]);
      expect(await axePanelFindings(page)).toMatchObject({ violations: [] });
    });

    it('is worked by keyboard: Tab along the row, Enter on "More", Escape back', async () => {
      const page = await open();
      await page.bringToFront();
      await focusPanelByCommand(page, ctx.control);
      // A− is disabled at 100 %: the first stop is A+.
      const stops = [await focused(page)];
      for (let i = 0; i < 2; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops).toEqual(['panel:larger', 'panel:scheme-list', 'panel:more']);

      await page.keyboard.press('Enter');
      await waitInPanel(page, (root) => !!root.querySelector('#panel-more'), null);
      expect(await expanded(page)).toBe('true');
      // On from "More" into the whole panel, then Escape: closed, back on "More".
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('panel:original');
      await page.keyboard.press('Escape');
      await waitInPanel(page, (root) => !root.querySelector('#panel-more'), null);
      expect(await focused(page)).toBe('panel:more');
      expect(await expanded(page)).toBe('false');

      // The row's own controls: A+ with Space, the scheme list with the arrow keys.
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await focused(page)).toBe('panel:scheme-list');
      await page.keyboard.press('ArrowDown');
      await ctx.storage.waitForFields('sync', 'settings', { colorScheme: 'black-on-white' });
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press(' ');
      await ctx.storage.waitForFields('sync', 'settings', { fontScale: 1.25 });
    });

    it('is worked by touch: a tap on A+, "More", a scheme, collapse and back', async () => {
      const page = await open();
      const tap = async (selector: string) => (await panelControl(page, selector)).tap();
      await tap('[data-action="larger"]');
      await ctx.storage.waitForFields('sync', 'settings', { fontScale: 1.25 });
      await tap('[data-action="smaller"]');
      await ctx.storage.waitForFields('sync', 'settings', { fontScale: 1 });
      await tap('[data-action="more"]');
      await tap('#panel-more [data-value="green"]');
      await ctx.storage.waitForFields('sync', 'settings', { colorScheme: 'green' });
      expect(await expanded(page)).toBe('true');
      await tap('[data-action="more"]');
      await waitInPanel(page, (root) => !root.querySelector('#panel-more'), null);

      // Collapsed, it is a slim bar (remembered, as on a wide screen), and opens compact.
      await tap('[data-action="more"]');
      await tap('[data-action="collapse"]');
      await ctx.storage.waitForFields('sync', 'settings', { panelCollapsed: true });
      await panelControl(page, '.expand');
      await expectQuarterAtMost(page);
      expect(await smallTargets(page)).toEqual([]);
      await tap('.expand');
      await ctx.storage.waitForFields('sync', 'settings', { panelCollapsed: false });
      await panelControl(page, '[data-action="more"][aria-expanded="false"]');
    });

    it('follows the window across 600 px: the whole panel above, the compact row below', async () => {
      const page = await open({ width: 1280, height: 800 });
      const hasMore = () =>
        inPanel(page, (root) => !!root.querySelector('[data-action="more"]'), null);
      expect(await hasMore()).toBe(false);
      await page.setViewport({ width: 600, height: 800 });
      await panelControl(page, '[data-action="more"]');
      await expectQuarterAtMost(page);
      await page.setViewport({ width: 601, height: 800 });
      await panelControl(page, '[data-value="blue"]');
      expect(await hasMore()).toBe(false);
    });
  });
}
