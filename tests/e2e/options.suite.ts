/**
 * The options page in real Chromium and Firefox: export then import round-trips the
 * settings and site choices; a broken or foreign file changes nothing and says so;
 * reset asks first; the site list removes a site's choice; axe-core finds no violation,
 * and on a phone its shared controls are 44 × 44 px targets.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  launchExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
} from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { axeFindings } from '@/tests/e2e/support/axe';
import { PHONE, smallTargetsIn } from '@/tests/e2e/support/compact-panel';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const SETTINGS = {
  version: 1,
  enabled: true,
  fontFamily: 'times',
  fontScale: 1.5,
  letterSpacing: 0.12,
  wordSpacing: 0,
  lineHeight: 2,
  paragraphSpacing: null,
  colorScheme: 'beige',
  images: 'grayscale',
  panel: false,
  panelCollapsed: false,
  // The reading aids' fields, off their defaults, so that they round-trip too.
  panelAids: true,
  lineLength: 70,
  readingGuide: false,
  readingGuideHeight: 5,
  customColors: false,
  customText: '#000000',
  customBackground: '#ffffcc',
  customLink: '#0000aa',
  calmPages: true,
  hideEmbeds: false,
  speechRate: 1.25,
  speechVoices: { ru: 'voice-ru' },
};
const SITES = { 'news.example': 0, 'portal.example': { colorScheme: 'blue' } };

export function optionsSuite(name: BrowserName): void {
  describe(`the options page in ${name}`, () => {
    let session: ExtensionBrowser;
    let options: Page;
    let storage: ExtensionStorage;
    const files = mkdtempSync(join(tmpdir(), 'legible-import-'));

    beforeAll(async () => {
      session = await launchExtensionBrowser(name);
      const control = await session.openExtensionPage('/popup.html', 'button[role="switch"]');
      storage = new ExtensionStorage(control);
    });
    afterAll(() => session?.close());
    beforeEach(async () => {
      await storage.clear();
      await storage.set('sync', { settings: SETTINGS, 'sites.0': SITES });
      // A fresh page each time (Firefox never reports a moz-extension:// reload as done).
      await options?.close();
      options = await session.openExtensionPage('/options.html', '#export');
    });

    async function importText(text: string): Promise<string> {
      const file = join(files, `import-${Date.now()}.json`);
      writeFileSync(file, text);
      const input = (await options.$('#import')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
      await options.waitForSelector('#import-message');
      return options.$eval('#import-message', (el) => el.textContent ?? '');
    }

    it('export then import round-trips the settings and site choices', async () => {
      const exported = await options.$eval('#export', (a) =>
        decodeURIComponent(
          (a as HTMLAnchorElement).href.slice('data:application/json;charset=utf-8,'.length),
        ),
      );
      expect(JSON.parse(exported)).toEqual({ ...SETTINGS, sites: SITES });
      await storage.clear();
      await storage.set('sync', { settings: { version: 1, enabled: false } });
      expect(await importText(exported)).toContain('Settings imported.');
      await storage.waitFor('sync', 'settings', SETTINGS);
      await storage.waitFor('sync', 'sites.0', SITES);
    });

    it.each([
      ['{ "version": 1, "enabled": tru', 'not a settings file'],
      ['{"name":"some-app","dependencies":{}}', 'does not hold Legible settings'],
      ['{"version":9,"enabled":true}', 'newer version of Legible'],
    ])('a broken or foreign file changes nothing: %s', async (text, words) => {
      expect(await importText(text)).toContain(words);
      expect(await options.$eval('#import-message', (el) => el.getAttribute('role'))).toBe('alert');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storage.get('sync', 'settings')).toEqual(SETTINGS);
      expect(await storage.get('sync', 'sites.0')).toEqual(SITES);
    });

    it.each([
      [
        'nested 200,000 deep',
        `{"enabled":true,"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
        'far deeper',
      ],
      ['over 1 MB', `{"enabled":true,"note":"${'x'.repeat(1_100_000)}"}`, 'larger than 1 MB'],
    ])('a file %s is refused and changes nothing', async (_label, text, words) => {
      expect(await importText(text)).toContain(words);
      expect(await options.$eval('#import-message', (el) => el.getAttribute('role'))).toBe('alert');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storage.get('sync', 'settings')).toEqual(SETTINGS);
      expect(await storage.get('sync', 'sites.0')).toEqual(SITES);
    });

    it('an import with bad values is repaired, and says what it changed', async () => {
      const message = await importText('{"version":1,"enabled":true,"fontScale":12}');
      expect(message).toContain('Font size: 12 is out of range; using 3.');
      await storage.waitFor('sync', 'settings', {
        ...DEFAULT_SETTINGS,
        enabled: true,
        fontScale: 3,
      });
    });

    it('leaves out of an import the site keys that name no single site, and lists them', async () => {
      const message = await importText(
        '{"version":1,"enabled":true,"sites":{"*.example.org":0,"":0,"ok.example":0}}',
      );
      expect(message).toContain('*.example.org');
      await storage.waitForFields('sync', 'settings', { enabled: true });
      await storage.waitFor('sync', 'sites.0', { ...SITES, 'ok.example': 0 });
    });

    it('keeps a backup before an import and a reset, and restores it', async () => {
      expect(await importText('{"version":1,"enabled":true,"fontScale":2}')).toContain(
        'Settings imported.',
      );
      await storage.waitForFields('sync', 'settings', { fontScale: 2 });
      await options.waitForSelector('li[data-reason="import"] button');
      await options.click('li[data-reason="import"] button');
      await storage.waitFor('sync', 'settings', SETTINGS);
      await storage.waitFor('sync', 'sites.0', SITES);

      await options.click('#reset');
      await options.click('#reset-yes');
      await storage.waitFor('sync', 'settings', DEFAULT_SETTINGS);
      await options.waitForSelector('li[data-reason="reset"] button');
      await options.click('li[data-reason="reset"] button');
      await storage.waitFor('sync', 'settings', SETTINGS);
      await storage.waitFor('sync', 'sites.0', SITES);
      // Each restore backed up what it replaced.
      expect(await options.$$eval('li[data-reason]', (items) => items.length)).toBe(4);
    });

    it('offers the reading aids (but read aloud, which needs a page) as defaults', async () => {
      expect(await options.$('#aids-title')).not.toBeNull();
      expect(await options.$('[data-action^="speech-"]')).toBeNull();
      await options.click('#line-length-label + .choices [data-value="60"]');
      await options.click('#calm-pages-label + .choices [data-value="calm-no-embeds"]');
      await storage.waitForFields('sync', 'settings', {
        lineLength: 60,
        calmPages: true,
        hideEmbeds: true,
      });
      // The page's controls show what is stored: 60 pressed.
      expect(
        await options.$eval('#line-length-label + .choices [data-value="60"]', (el) =>
          el.getAttribute('aria-pressed'),
        ),
      ).toBe('true');
    });

    it('removes a site from the list', async () => {
      await options.click('li[data-site="news.example"] button');
      await storage.waitFor('sync', 'sites.0', { 'portal.example': { colorScheme: 'blue' } });
      expect(await options.$('li[data-site="news.example"]')).toBeNull();
    });

    it('resets everything to the defaults only after asking', async () => {
      await options.click('#reset');
      await options.waitForSelector('#reset-yes');
      expect(await storage.get('sync', 'settings')).toEqual(SETTINGS);
      await options.click('#reset-yes');
      await options.waitForSelector('[role="status"]');
      await storage.waitFor('sync', 'settings', DEFAULT_SETTINGS);
      expect(await storage.get('sync', 'sites.0')).toBeUndefined();
    });

    it('has no accessibility violations (axe-core), and targets of 44 × 44 px on a phone', async () => {
      await options.setViewport(PHONE);
      await options.waitForSelector('#line-length-label');
      const findings = await axeFindings(options);
      expect(findings.violations).toEqual([]);
      expect(findings.named).toBeGreaterThan(30);
      expect(await smallTargetsIn(options, '.controls')).toEqual([]);
    });
  });
}
