/**
 * The first end-to-end path, run in real Chromium and real Firefox with the built
 * extension: popup switch -> storage.sync -> content script -> restyled open tabs;
 * settings written from another context; corrupt and future stored settings.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';
import { readLook, waitForScheme } from '@/tests/e2e/support/page-look';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

/** What a repaired or defaulted settings object holds: every field of format v1. */
const V1_DEFAULTS = DEFAULT_SETTINGS;

// The portal's own colours (its first article paragraph is #222) and the schemes' exact ones, as computed styles report them.
const PORTAL = { background: 'rgb(238, 241, 245)', text: 'rgb(34, 34, 34)' };
const WHITE_ON_BLACK = { background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' };
const BLUE = { background: 'rgb(157, 209, 255)', text: 'rgb(6, 52, 98)' };
const GREEN = { background: 'rgb(59, 39, 22)', text: 'rgb(169, 228, 77)' };
const BEIGE = { background: 'rgb(247, 243, 214)', text: 'rgb(77, 75, 67)' };

const SWITCH = 'button[role="switch"]';

export function readableModeSuite(name: BrowserName): void {
  describe(`readable mode in ${name}`, () => {
    const ctx = useSuiteSession(name);

    beforeEach(async () => {
      await ctx.storage.clear();
      await ctx.closePages();
    });

    async function openArticle(lang = 'en'): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.goto(ctx.server.url(`/demo/article-${lang}.html`));
      await page.waitForSelector('article p');
      return page;
    }

    it('the popup switch turns readable mode on and off in an open tab', async () => {
      const tab = await openArticle();
      const original = await readLook(tab);
      expect(original.bodyBackground).toBe(PORTAL.background);

      // A scheme chosen while readable mode is off changes nothing on the page.
      await ctx.storage.set('sync', {
        settings: { ...V1_DEFAULTS, colorScheme: 'white-on-black' },
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await readLook(tab)).toEqual(original);

      const popup = await ctx.session.openExtensionPage('/popup.html', SWITCH);
      expect(await popup.$eval(SWITCH, (el) => el.getAttribute('aria-checked'))).toBe('false');
      await popup.click(SWITCH);
      await popup.waitForSelector(`${SWITCH}[aria-checked="true"]`);

      await ctx.storage.waitFor('sync', 'settings', {
        ...V1_DEFAULTS,
        enabled: true,
        colorScheme: 'white-on-black',
      });
      await waitForScheme(tab, WHITE_ON_BLACK.background, WHITE_ON_BLACK.text);
      const restyled = await readLook(tab);
      expect(restyled.headingColor).toBe(WHITE_ON_BLACK.text);
      expect(restyled.bodyColor).toBe(WHITE_ON_BLACK.text);

      await popup.click(SWITCH);
      await ctx.storage.waitFor('sync', 'settings', {
        ...V1_DEFAULTS,
        colorScheme: 'white-on-black',
      });
      await waitForScheme(tab, PORTAL.background, PORTAL.text);
      // Off means off: the document is exactly what it was before readable mode.
      expect(await readLook(tab)).toEqual(original);
    });

    it('applies a complete settings object written from another context in every open tab', async () => {
      const english = await openArticle('en');
      const belarusian = await openArticle('be');
      await ctx.storage.set('sync', {
        settings: { ...V1_DEFAULTS, enabled: true, colorScheme: 'blue' },
      });
      await waitForScheme(english, BLUE.background, BLUE.text);
      await waitForScheme(belarusian, BLUE.background, BLUE.text);

      await ctx.storage.set('sync', {
        settings: { ...V1_DEFAULTS, enabled: true, colorScheme: 'green' },
      });
      await waitForScheme(english, GREEN.background, GREEN.text);
      await waitForScheme(belarusian, GREEN.background, GREEN.text);
    });

    it('a tab whose frame never becomes idle holds up no tab: on, off and on again', async () => {
      const stuck = await ctx.session.browser.newPage();
      await stuck.goto(ctx.server.url('/fixtures/pages/never-idle-frame.html'));
      const english = await openArticle('en');
      const look = await readLook(english);
      const settings = (enabled: boolean) => ({ ...V1_DEFAULTS, enabled, colorScheme: 'blue' });
      for (const enabled of [true, false, true]) {
        await ctx.storage.set('sync', { settings: settings(enabled) });
        const colors = enabled ? BLUE : PORTAL;
        await waitForScheme(english, colors.background, colors.text);
        if (enabled) await waitForScheme(stuck, BLUE.background, BLUE.text);
        else expect(await readLook(english)).toEqual(look);
      }
    });

    it('a tab opened later starts with the stored settings', async () => {
      await ctx.storage.set('sync', {
        settings: { ...V1_DEFAULTS, enabled: true, colorScheme: 'beige' },
      });
      const russian = await openArticle('ru');
      await waitForScheme(russian, BEIGE.background, BEIGE.text);
    });

    it('repairs corrupt stored settings, keeps the original and every unknown field, and says so', async () => {
      const corrupt = {
        version: 1,
        enabled: true,
        fontFamily: 'Comic Sans',
        fontScale: 'huge',
        letterSpacing: 7,
        lineHeight: false,
        colorScheme: 'Green',
        images: 42,
        panel: 'yes',
        myNote: { keep: ['me'] },
      };
      const tab = await openArticle();
      await ctx.storage.set('sync', { settings: corrupt });

      await ctx.storage.waitFor('sync', 'settings', {
        ...V1_DEFAULTS,
        enabled: true,
        letterSpacing: 0.5,
        colorScheme: 'green',
        myNote: { keep: ['me'] },
      });
      await waitForScheme(tab, GREEN.background, GREEN.text);
      const backups = (await ctx.storage.get('local', 'settingsBackup')) as Array<{
        original: unknown;
      }>;
      expect(backups.map((b) => b.original)).toEqual([corrupt]);

      const popup = await ctx.session.openExtensionPage('/popup.html', '#settings-report-title');
      const report = await popup.$eval('section.notice', (el) => el.textContent ?? '');
      expect(report).toContain('Letter spacing: 7 is out of range; using 0.5.');
      expect(report).toContain('Font: "Comic Sans" is not a known choice; using "original".');
      expect(report).toContain('Font size: "huge" is not a valid value; using 1.');
      expect(report).toContain('The original is kept in a backup');
    });

    it('replaces stored settings that are not an object at all, keeping them in the backup', async () => {
      await ctx.storage.set('sync', { settings: 'garbage' });
      await ctx.storage.waitFor('sync', 'settings', V1_DEFAULTS);
      const backups = (await ctx.storage.get('local', 'settingsBackup')) as Array<{
        original: unknown;
      }>;
      expect(backups.map((b) => b.original)).toEqual(['garbage']);
    });

    it('applies what it understands of a newer version and never rewrites it', async () => {
      const future = {
        ...V1_DEFAULTS,
        version: 2,
        enabled: true,
        colorScheme: 'beige',
        ruler: { height: 3 },
      };
      const tab = await openArticle();
      await ctx.storage.set('sync', { settings: future });
      await waitForScheme(tab, BEIGE.background, BEIGE.text);
      const popup = await ctx.session.openExtensionPage('/popup.html', '#settings-report-title');
      expect(await popup.$eval('section.notice', (el) => el.textContent)).toContain(
        'newer version of Legible',
      );
      expect(await ctx.storage.get('sync', 'settings')).toEqual(future);
    });
  });
}
