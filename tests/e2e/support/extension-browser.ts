/**
 * Starts real headless Chromium or Firefox ESR with the built extension loaded, the way
 * BROWSER-TESTING.md describes, and gives tests one interface to both.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv2'),
};

/** Pinned so that tests can open moz-extension:// pages by a known address. */
const FIREFOX_UUID = '6f1f0a52-3c1e-4d55-9a40-7b1f6c2e9d10';

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The address of a page inside the extension, such as /popup.html. */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab and waits until `readySelector` is shown. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
}

/** The flags every headless Chromium here needs (BROWSER-TESTING.md), extension or not. */
export function chromiumFlags(profile: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--user-data-dir=${profile}`,
  ];
}

export async function launchChromium(
  options: { headless?: boolean; extraArgs?: string[] } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'legible-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [EXTENSION_DIRS.chromium],
    args: [...chromiumFlags(profile), ...(options.extraArgs ?? [])],
    defaultViewport: null,
  });
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
  );
  const id = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${id}${path}`;
  return {
    name: 'chromium',
    browser,
    extensionUrl,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      await page.goto(extensionUrl(path));
      await page.waitForSelector(readySelector);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(
    readFileSync(join(EXTENSION_DIRS.firefox, 'manifest.json'), 'utf8'),
  ) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}${path}`;
  return {
    name: 'firefox',
    browser,
    extensionUrl,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      // Over WebDriver BiDi, navigating to a moz-extension:// page never reports its
      // load as finished (BROWSER-TESTING.md): start it and wait for the content.
      void page.goto(extensionUrl(path)).catch(() => undefined);
      await page.waitForSelector(readySelector);
      return page;
    },
    close: () => browser.close(),
  };
}

export function launchExtensionBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
