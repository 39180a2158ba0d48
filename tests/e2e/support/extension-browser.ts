/**
 * Starts real headless Chromium or Firefox ESR with the built extension loaded, the way
 * BROWSER-TESTING.md describes, and gives tests one interface to both.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * Headless browsers here have no voices. With `testVoices`, each gets test voices of
 * its own machinery: Chromium the test-only speech engine extension in
 * support/fake-tts/ (English, Russian, Belarusian; it records what it is asked to say),
 * Firefox its built-in test voices (English, French, Spanish, Italian; pref
 * media.webspeech.synth.test).
 */
export interface LaunchOptions {
  readonly language?: string;
  readonly testVoices?: boolean;
  /** Another build of Legible to load instead of .output's (the bench's baseline). */
  readonly extensionDir?: string;
  /**
   * Chromium only: browser sync through Chromium's local sync backend, whose state is the
   * file `file` (not a folder: the flag names a folder but Chromium writes one file
   * there), in the profile folder `profile`, kept after closing so that it can start
   * again. Two browsers running at once do not see each other's writes through it: each
   * loads the file when it starts and rewrites it whole (BROWSER-TESTING.md).
   */
  readonly localSync?: { readonly file: string; readonly profile: string };
  /** Firefox only: more preferences (the bench's: no request leaves 127.0.0.1). */
  readonly firefoxPrefs?: Record<string, unknown>;
}

export const FAKE_TTS_DIR = resolve('tests/e2e/support/fake-tts');

export async function launchChromium(
  options: LaunchOptions & { headless?: boolean; extraArgs?: string[] } = {},
): Promise<ExtensionBrowser> {
  const sync = options.localSync;
  const profile = sync?.profile ?? mkdtempSync(join(tmpdir(), 'legible-chromium-'));
  if (sync && !existsSync(join(profile, 'Default', 'Preferences'))) {
    // Without this, Chromium waits for the user to finish setting up sync.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ sync: { has_setup_completed: true } }),
    );
  }
  const flags = chromiumFlags(profile).filter((flag) => !sync || flag !== '--disable-sync');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [
      options.extensionDir ?? EXTENSION_DIRS.chromium,
      ...(options.testVoices ? [FAKE_TTS_DIR] : []),
    ],
    ...(sync && { ignoreDefaultArgs: ['--disable-sync'] }),
    args: [
      ...flags,
      ...(sync ? ['--enable-local-sync-backend', `--local-sync-backend-dir=${sync.file}`] : []),
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.extraArgs ?? []),
    ],
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE.
    ...(options.language && { env: { ...process.env, LANGUAGE: options.language } }),
    defaultViewport: null,
  });
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' &&
      target.url().startsWith('chrome-extension://') &&
      target.url().endsWith('/background.js'),
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
      if (!sync) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A Firefox profile with Debian's language pack for `language` (firefox-esr-l10n-*,
 * which .ci/run installs) in place. Firefox installs a profile's packs while starting
 * and switches to the requested language only at the next start, so the profile is
 * started once here and closed.
 */
async function profileWithLanguage(
  language: string,
  prefs: Record<string, unknown>,
): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'legible-firefox-'));
  const pack = `langpack-${language}@firefox-esr.mozilla.org.xpi`;
  mkdirSync(join(profile, 'extensions'));
  copyFileSync(
    `/usr/lib/firefox-esr/browser/extensions/${pack}`,
    join(profile, 'extensions', pack),
  );
  const first = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: prefs,
  });
  await first.close();
  return profile;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(
    readFileSync(join(EXTENSION_DIRS.firefox, 'manifest.json'), 'utf8'),
  ) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
    ...(options.language && {
      'intl.locale.requested': options.language,
      // The language pack sits in the profile; let Firefox load it without asking.
      'extensions.autoDisableScopes': 0,
    }),
    ...(options.testVoices && { 'media.webspeech.synth.test': true }),
    ...options.firefoxPrefs,
  };
  // English is built in; other languages come as packs.
  const needsPack = options.language !== undefined && !options.language.startsWith('en');
  const profile = needsPack ? await profileWithLanguage(options.language!, prefs) : undefined;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(profile && { userDataDir: profile }),
    extraPrefsFirefox: prefs,
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
      // A selector wait that starts while about:blank is being replaced can hit the
      // old document's realm as it goes, and Firefox's BiDi then answers with a protocol
      // error ("right-hand side of 'in' should be an object, got null") instead of
      // waiting on: the flake BROWSER-TESTING.md mentions. That protocol error (never a
      // failed check or a timeout) means "not there yet": wait again.
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          await page.waitForSelector(readySelector, { timeout: 5000 });
          return page;
        } catch (error) {
          if (!isProtocolError(error) || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    },
    async close() {
      await browser.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** True when `error`, or an error it was caused by, is a WebDriver BiDi protocol error. */
function isProtocolError(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'ProtocolError' || cause.message.startsWith('Protocol error')) return true;
  }
  return false;
}

/** Either browser; `language` sets its UI language (and so Legible's). */
export function launchExtensionBrowser(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
