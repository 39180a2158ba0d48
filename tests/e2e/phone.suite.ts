/**
 * The popup and the options page as a phone shows them, in real Chromium and Firefox:
 * at 360 x 740 with a touch screen's coarse pointer, as Firefox for Android opens the
 * popup (a full-screen overlay). No device is needed for the layout: Firefox is told its
 * pointer is coarse by its own preference (`ui.primaryPointerCapabilities`), Chromium by
 * touch emulation. The popup takes the width without scrolling sideways and every target
 * is at least 44 x 44 px (WCAG 2.5.5); without one it keeps its desktop width.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';

const PHONE = { width: 360, height: 740 };
/** Firefox's pointer capabilities, a bit mask: 1 coarse, 2 fine, 4 hover. Coarse alone. */
const COARSE_FIREFOX = { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 };

/** Whatever can be pressed or typed into, smaller than 44 x 44 px, as "what: w x h". */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>('button, select, a[href], input'),
    ].map((element) =>
      // A checkbox or radio is pressed through its label row.
      element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)
        ? (element.closest('label') ?? element)
        : element,
    );
    return targets
      .filter((target) => target.getClientRects().length > 0)
      .map((target) => ({ target, box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ target, box }) =>
          `${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 24)}": ${Math.round(box.width)} x ${Math.round(box.height)}`,
      );
  });
}

export function phoneSuite(name: BrowserName): void {
  describe(`the popup and options on a phone in ${name}`, () => {
    const ctx = useSuiteSession(name, name === 'firefox' ? { firefoxPrefs: COARSE_FIREFOX } : {});
    beforeEach(async () => {
      await ctx.startWith({ version: 1, enabled: true, panel: true });
    });

    /** One of Legible's pages at the phone's size; in Chromium with touch emulation. */
    async function openOnPhone(path: string, ready: string, touch = true): Promise<Page> {
      const page = await ctx.session.openExtensionPage(path, ready);
      await page.setViewport({ ...PHONE, ...(name === 'chromium' && { hasTouch: touch }) });
      return page;
    }

    async function openPopup(touch = true): Promise<Page> {
      const article = await ctx.session.browser.newPage();
      await article.goto(ctx.server.url('/demo/article-en.html'));
      const tabId = await ctx.control.evaluate(async (url) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
      }, article.url());
      // Drawn, and the settings and the tab known: the controls are live.
      return openOnPhone(`/popup.html?tab=${tabId}`, 'main.popup:not([aria-busy])', touch);
    }

    it('the popup takes the whole width, scrolls only down, and every target is 44 x 44', async () => {
      const popup = await openPopup();
      expect(await popup.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      // The width beside the scroll bar: a desktop build's bar takes room a phone's does not.
      const layout = await popup.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        popupWidth: document.querySelector('main.popup')!.getBoundingClientRect().width,
      }));
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.popupWidth).toBeGreaterThanOrEqual(layout.clientWidth - 1);
      expect(await smallTargets(popup)).toEqual([]);
    });

    it('the options page scrolls only down', async () => {
      const options = await openOnPhone('/options.html', 'button[role="switch"]');
      const layout = await options.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    });

    // Firefox takes its pointer from a preference read at start: this session's is coarse,
    // so the desktop case is checked in Chromium, whose touch emulation is per page.
    it.runIf(name === 'chromium')(
      'without a coarse pointer the popup keeps its width',
      async () => {
        const popup = await openPopup(false);
        // Headless Chromium reports no pointer at all without touch emulation: not coarse.
        expect(await popup.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(false);
        const width = await popup.$eval('main.popup', (main) => main.getBoundingClientRect().width);
        expect(width).toBe((26 + 2) * 16); // 26rem and its padding
      },
    );
  });
}
