/**
 * The on-page panel in real Chromium and Firefox: every control restyles the page and
 * reaches storage and a second tab; keyboard only, from the shortcut's command to every
 * control; the page is pushed down, not covered; the panel keeps its look on a hostile
 * page; its reading aids load only when opened, and its script carries none of the
 * settings store's code; and axe-core finds no accessibility violation in it
 * (support/axe.ts reaches into its closed root). On a phone: compact-panel.suite.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIRS,
  launchExtensionBrowser,
  type BrowserName,
} from '@/tests/e2e/support/extension-browser';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import {
  extensionScriptsIn,
  focused,
  focusPanelByCommand,
  inPanel,
  PANEL,
  panelControl,
  panelPresent,
  panelText,
} from '@/tests/e2e/support/panel';
import { overCdp } from '@/tests/e2e/support/shadow-roots';
import { axePanelFindings } from '@/tests/e2e/support/axe';
import { expectQuarterAtMost, PHONE, smallTargets } from '@/tests/e2e/support/compact-panel';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

/** Readable mode on, everything else the format's defaults (panel shown). */
const ON = { ...DEFAULT_SETTINGS, enabled: true };
const BLUE = { background: 'rgb(157, 209, 255)', text: 'rgb(6, 52, 98)' };
const AIDS_SCRIPT = '/content-scripts/reading-aids.js';
/** "More", the narrow panel's button, in each language. */
const MORE: Record<string, string> = { en: 'More', ru: 'Ещё', be: 'Яшчэ' };
/** Ids and actions of the reading aids' controls, none of which the panel's own script holds. */
const AIDS_CODE = ['line-length', 'reading-guide', 'calm-pages', 'own-colors', 'speech-slower'];
/** The settings store's schema and its reads of sync, which the panel's first paint does without. */
const STORE_CODE = ['valibot', 'storage.sync', 'storage.managed'];

export function panelSuite(name: BrowserName): void {
  describe(`the panel in ${name}`, () => {
    const ctx = useSuiteSession(name);
    beforeEach(() => ctx.startWith(ON));

    async function open(path = '/demo/article-en.html', width = 1280): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto(ctx.server.url(path));
      await panelControl(page, 'button');
      return page;
    }

    async function settings(): Promise<Record<string, unknown>> {
      return (await ctx.storage.get('sync', 'settings')) as Record<string, unknown>;
    }

    function waitForSetting(field: string, value: unknown): Promise<void> {
      return ctx.storage.waitForFields('sync', 'settings', { [field]: value });
    }

    it('each control restyles the page, updates storage and the second tab', async () => {
      const second = await open('/demo/article-ru.html');
      const page = await open('/demo/article-en.html');
      const click = async (selector: string) => (await panelControl(page, selector)).click();

      await click('[data-value="blue"]');
      await waitForSetting('colorScheme', 'blue');
      await waitForScheme(page, BLUE.background, BLUE.text);
      await waitForScheme(second, BLUE.background, BLUE.text);

      await click('[data-value="arial"]');
      await waitForSetting('fontFamily', 'arial');
      await second.waitForFunction(
        () => getComputedStyle(document.querySelector('h1')!).fontFamily.startsWith('Arial'),
        { polling: 50 },
      );

      const size = () =>
        second.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
      const original = await size();
      await click('[data-action="larger"]');
      await waitForSetting('fontScale', 1.25);
      await second.waitForFunction(
        (px) => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize) > px,
        { polling: 50 },
        original,
      );
      expect(await size()).toBeCloseTo(original * 1.25, 0);
      expect(await (await panelControl(page, 'output')).evaluate((el) => el.textContent)).toBe(
        '125 %',
      );

      await click('[data-value="0.12"]');
      await waitForSetting('letterSpacing', 0.12);
      await click('[data-value="1.5"]');
      await waitForSetting('lineHeight', 1.5);
      await click('[data-value="grayscale"]');
      await waitForSetting('images', 'grayscale');
      await second.waitForFunction(
        () => getComputedStyle(document.querySelector('figure img')!).filter === 'grayscale(1)',
        { polling: 50 },
      );

      await click('[data-action="reset"]');
      await waitForSetting('colorScheme', 'original');
      expect(await settings()).toMatchObject({
        fontFamily: 'original',
        fontScale: 1,
        letterSpacing: 0,
        lineHeight: null,
        images: 'show',
        enabled: true,
        panel: true,
      });

      await click('[data-action="collapse"]');
      await waitForSetting('panelCollapsed', true);
      await panelControl(second, '.expand');
      await (await panelControl(page, '.expand')).click();
      await waitForSetting('panelCollapsed', false);

      await click('[data-action="hide"]');
      await waitForSetting('panel', false);
      await second.waitForFunction((tag) => !document.querySelector(tag), { polling: 50 }, PANEL);
      expect(await panelPresent(page)).toBe(false);
    });

    it('"Normal version" turns readable mode off and leaves the page as it was', async () => {
      await ctx.storage.set('sync', { settings: { ...ON, enabled: false } });
      const plain = await ctx.session.browser.newPage();
      await plain.setViewport({ width: 1280, height: 800 });
      await plain.goto(ctx.server.url('/demo/article-en.html'));
      const original = await plain.evaluate(() => document.documentElement.outerHTML);
      await plain.close();
      await ctx.storage.set('sync', { settings: { ...ON, colorScheme: 'green' } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const page = await open();
      await (await panelControl(page, '[data-action="normal"]')).click();
      await waitForSetting('enabled', false);
      await page.waitForFunction((tag) => !document.querySelector(tag), { polling: 50 }, PANEL);
      await page.waitForFunction(() => !document.querySelector('style'), { polling: 50 });
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    });

    it('is operated by keyboard alone, from the focus command to every control', async () => {
      const page = await open();
      await page.bringToFront();
      expect(await focused(page)).toBe('body'); // no focus stealing on load
      await focusPanelByCommand(page, ctx.control);
      expect(await focused(page)).toBe('panel:original');

      // Tab through the panel: every enabled control is a stop, in order.
      const expected = await inPanel(
        page,
        (root) =>
          [...root.querySelectorAll('button:not(:disabled)')].map(
            (b) => b.getAttribute('data-value') ?? b.getAttribute('data-action'),
          ),
        null,
      );
      const stops = [await focused(page)];
      for (let i = 1; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops).toEqual(expected.map((value) => `panel:${value}`));

      // Operate with the keyboard: Shift+Tab back to "Large" letter spacing, Enter; then
      // Tab on to A+ and press Space.
      const moveTo = async (stop: string, back: boolean) => {
        for (let i = 0; i < expected.length && (await focused(page)) !== stop; i++) {
          if (back) await page.keyboard.down('Shift');
          await page.keyboard.press('Tab');
          if (back) await page.keyboard.up('Shift');
        }
        expect(await focused(page)).toBe(stop);
      };
      await moveTo('panel:0.25', true);
      await page.keyboard.press('Enter');
      await waitForSetting('letterSpacing', 0.25);
      await moveTo('panel:larger', true);
      await page.keyboard.press(' ');
      await waitForSetting('fontScale', 1.25);

      // The other shortcut's command turns readable mode off, and on again.
      const command = (name: string) =>
        ctx.control.evaluate(async (name) => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          await api.runtime.sendMessage({ type: 'legible:command', command: name });
        }, name);
      await command('toggle-readable-mode');
      await waitForSetting('enabled', false);
      await page.waitForFunction((tag) => !document.querySelector(tag), { polling: 50 }, PANEL);
      await command('toggle-readable-mode');
      await waitForSetting('enabled', true);
      await panelControl(page, 'button');
    });

    it('pushes the page down: the first heading is not covered, at 1280 and 360 px', async () => {
      for (const width of [1280, 360]) {
        const page = await open('/demo/article-be.html', width);
        await page.waitForFunction(
          (tag) => {
            const panel = document.querySelector(tag)!.getBoundingClientRect();
            const h1 = document.querySelector('h1')!;
            const box = h1.getBoundingClientRect();
            // Its first line is below the panel, and a click there reaches the heading.
            const hit = document.elementFromPoint(box.left + 5, box.top + 5);
            return box.top >= panel.bottom && !!hit && h1.contains(hit);
          },
          { polling: 100, timeout: 5000 },
          PANEL,
        );
        // The sticky menu sits under the panel, not behind it.
        const [panelBottom, navTop] = (await page.evaluate((tag) => {
          window.scrollTo(0, 2000);
          return [
            document.querySelector(tag)!.getBoundingClientRect().bottom,
            document.querySelector('nav.main')!.getBoundingClientRect().top,
          ];
        }, PANEL)) as [number, number];
        expect(navTop, `nav at ${width}`).toBeGreaterThanOrEqual(panelBottom - 1);
        await page.close();
      }
    });

    it('keeps every control reachable at 360 px: the row, and the rest one tap behind "More"', async () => {
      const page = await open('/demo/article-en.html', 360);
      const offScreen = () =>
        inPanel(
          page,
          (root) =>
            [...root.querySelectorAll('button, select')].filter((b) => {
              const r = b.getBoundingClientRect();
              return r.width === 0 || r.right > window.innerWidth + 1 || r.left < 0;
            }).length,
          null,
        );
      // Closed, the row's four controls are all there is, and all on the screen.
      expect(
        await inPanel(page, (root) => root.querySelectorAll('button, select').length, null),
      ).toBe(4);
      expect(await offScreen()).toBe(0);
      await (await panelControl(page, '[data-action="more"]')).tap();
      await panelControl(page, '#panel-more [data-action="normal"]');
      expect(await offScreen()).toBe(0);
      const all = await inPanel(
        page,
        (root) => root.querySelectorAll('#panel-more button').length,
        null,
      );
      expect(all).toBeGreaterThan(25);
    });

    it('keeps its own look on a page whose CSS unsets everything', async () => {
      const normal = await open('/fixtures/pages/plain.html');
      const reference = await (await normal.$(PANEL))!.screenshot({ encoding: 'base64' });
      const hostile = await open('/fixtures/pages/hostile.html');
      const shot = await (await hostile.$(PANEL))!.screenshot({ encoding: 'base64' });
      expect(shot === reference, 'panel screenshots differ').toBe(true);
    });

    it.each([
      ['en', ['Font', 'Letter spacing', 'Colour scheme', 'Normal version', 'Read aloud']],
      [
        'ru',
        ['Шрифт', 'Межбуквенный интервал', 'Цветовая схема', 'Обычная версия', 'Длина строки'],
      ],
      [
        'be',
        [
          'Шрыфт',
          'Інтэрвал паміж літарамі',
          'Колеравая схема',
          'Звычайная версія',
          'Даўжыня радка',
        ],
      ],
    ])(
      'speaks the browser language, in its reading aids and on a phone too: %s',
      async (language, words) => {
        const other = await launchExtensionBrowser(name, { language });
        try {
          const options = await other.openExtensionPage('/options.html', 'button[role="switch"]');
          await new ExtensionStorage(options).set('sync', { settings: { ...ON, panelAids: true } });
          await new Promise((resolve) => setTimeout(resolve, 300));
          const page = await other.browser.newPage();
          await page.goto(ctx.server.url('/demo/article-be.html'));
          await panelControl(page, '#reading-aids button');
          const text = await panelText(page);
          for (const word of words) expect(text).toContain(word);
          expect(await page.$eval(PANEL, (host) => host.getAttribute('lang'))).toMatch(
            new RegExp(`^${language}`),
          );

          // On a phone, in this language: the compact row, as small and as clean.
          await page.setViewport(PHONE);
          const more = await panelControl(page, '[data-action="more"]');
          expect(await more.evaluate((button) => button.textContent)).toBe(MORE[language]);
          await expectQuarterAtMost(page);
          expect(await smallTargets(page)).toEqual([]);
          expect((await axePanelFindings(page)).violations).toEqual([]);
          await more.tap();
          await panelControl(page, '#panel-more #reading-aids button');
          expect(await smallTargets(page)).toEqual([]);
          expect((await axePanelFindings(page)).violations).toEqual([]);
        } finally {
          await other.close();
        }
      },
    );

    it('opens the reading aids and works them by keyboard alone', async () => {
      const page = await open();
      await page.bringToFront();
      await focusPanelByCommand(page, ctx.control);
      const tabTo = async (stop: string) => {
        for (let i = 0; i < 60 && (await focused(page)) !== stop; i++) {
          await page.keyboard.press('Tab');
        }
        expect(await focused(page)).toBe(stop);
      };
      await tabTo('panel:aids');
      expect(
        await (
          await panelControl(page, '[data-action="aids"]')
        ).evaluate((el) => el.getAttribute('aria-expanded')),
      ).toBe('false');
      await page.keyboard.press('Enter');
      await waitForSetting('panelAids', true);
      await panelControl(page, '#reading-aids');
      // The aids row comes after the actions: Tab on into it, to a line length.
      await tabTo('panel:70');
      await page.keyboard.press('Enter');
      await waitForSetting('lineLength', 70);
      await tabTo('panel:3');
      await page.keyboard.press(' ');
      await waitForSetting('readingGuide', true);
      await page.waitForSelector('legible-guide');
      await tabTo('panel:calm');
      await page.keyboard.press('Enter');
      await waitForSetting('calmPages', true);
      await tabTo('panel:own-colors');
      await page.keyboard.press('Enter');
      await waitForSetting('customColors', true);
    });

    it("carries none of the settings store's code: it reads the page copy, the background writes", () => {
      const panelScript = readFileSync(
        resolve(EXTENSION_DIRS[name], 'content-scripts/panel.js'),
        'utf8',
      );
      // valibot names itself in every schema it builds (Standard Schema's `vendor`).
      expect(STORE_CODE.filter((code) => panelScript.includes(code))).toEqual([]);
    });

    it('loads its reading aids only when they are opened, and again after readable mode comes back', async () => {
      // The first paint carries none of the row: its code is a script of its own.
      const panelScript = readFileSync(
        resolve(EXTENSION_DIRS[name], 'content-scripts/panel.js'),
        'utf8',
      );
      expect(AIDS_CODE.filter((code) => panelScript.includes(code))).toEqual([]);
      const page = await open();
      const aidsScriptRuns = async () =>
        (await extensionScriptsIn(page)).filter((path) => path === AIDS_SCRIPT).length;
      if (overCdp(page)) expect(await aidsScriptRuns()).toBe(0);
      expect(await inPanel(page, (root) => !!root.querySelector('#reading-aids'), null)).toBe(
        false,
      );

      // Opened: the row comes and works.
      await (await panelControl(page, '[data-action="aids"]')).click();
      await waitForSetting('panelAids', true);
      const lineLength60 = '#reading-aids [aria-labelledby="line-length-label"] [data-value="60"]';
      await (await panelControl(page, lineLength60)).click();
      await waitForSetting('lineLength', 60);
      await panelControl(page, `${lineLength60}[aria-pressed="true"]`);
      if (overCdp(page)) expect(await aidsScriptRuns()).toBe(1);

      // Closed and opened again: the same script draws it again.
      await (await panelControl(page, '[data-action="aids"]')).click();
      await waitForSetting('panelAids', false);
      await (await panelControl(page, '[data-action="aids"]')).click();
      await (await panelControl(page, '#reading-aids [data-value="3"]')).click();
      await waitForSetting('readingGuide', true);

      // Readable mode off and on: the row's script stopped with the panel, and the new
      // panel, which starts with the row open (the saved state), brings it in again.
      const command = () =>
        ctx.control.evaluate(async () => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          await api.runtime.sendMessage({
            type: 'legible:command',
            command: 'toggle-readable-mode',
          });
        });
      await command();
      await waitForSetting('enabled', false);
      await page.waitForFunction((tag) => !document.querySelector(tag), { polling: 50 }, PANEL);
      await command();
      await (await panelControl(page, '#reading-aids [data-value="calm"]')).click();
      await waitForSetting('calmPages', true);
      if (overCdp(page)) expect(await aidsScriptRuns()).toBe(2);
    });

    it('has no accessibility violations (axe-core), the reading aids shown too', async () => {
      // Own colours below 7:1, so that the warning is checked as well.
      await ctx.storage.set('sync', {
        settings: { ...ON, panelAids: true, customText: '#888888', customBackground: '#ffffff' },
      });
      const page = await open();
      await panelControl(page, '#own-colors-warning');
      const findings = await axePanelFindings(page);
      expect(findings.violations).toEqual([]);
      // It did look inside the closed root: every control's name was checked.
      expect(findings.named).toBeGreaterThan(40);
    });
  });
}
