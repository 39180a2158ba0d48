/**
 * What every end-to-end suite starts with: the page server, the browser with the built
 * extension, and one of Legible's own pages to read and write its storage from, as
 * another context (or, through sync, another device) would. Started before the suite's
 * tests and closed after them.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import {
  EXTENSION_DIRS,
  launchExtensionBrowser,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
} from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { startPageServer, type PageServer } from '@/tests/e2e/support/page-server';

export interface SuiteSession {
  readonly session: ExtensionBrowser;
  readonly server: PageServer;
  /** Legible's options page, open for the whole suite. */
  readonly control: Page;
  readonly storage: ExtensionStorage;
  /** Closes every tab but the options page, between tests. */
  closePages(): Promise<void>;
  /**
   * A fresh start for a test: storage cleared, every other tab closed, and `settings`
   * stored, with the time the background takes to register the page scripts when it
   * sees readable mode go on.
   */
  startWith(settings: Record<string, unknown>): Promise<void>;
}

export function useSuiteSession(name: BrowserName, options: LaunchOptions = {}): SuiteSession {
  type Started = Omit<SuiteSession, 'closePages' | 'startWith'>;
  const state: { -readonly [K in keyof Started]?: Started[K] } = {};
  beforeAll(async () => {
    state.server = await startPageServer();
    state.session = await launchExtensionBrowser(name, options);
    state.control = await state.session.openExtensionPage('/options.html', 'button[role="switch"]');
    state.storage = new ExtensionStorage(state.control);
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  const get = <K extends keyof Started>(key: K): Started[K] => {
    const value = state[key];
    if (!value) throw new Error(`the suite's ${key} is not started yet`);
    return value as Started[K];
  };
  return {
    get session() {
      return get('session');
    },
    get server() {
      return get('server');
    },
    get control() {
      return get('control');
    },
    get storage() {
      return get('storage');
    },
    async closePages() {
      for (const page of await get('session').browser.pages()) {
        if (page !== get('control')) await page.close();
      }
    },
    async startWith(settings) {
      await get('storage').clear();
      await this.closePages();
      await get('storage').set('sync', { settings });
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
  };
}

/**
 * Chromium only: removes the extension and installs the unpacked build again, which keeps
 * its id, as an update does (the new version's scripts run in a new isolated world).
 * Removing it cleared its storage; what is returned is the new version's, read from its
 * own new options page.
 */
export async function reinstallInChromium(session: ExtensionBrowser): Promise<ExtensionStorage> {
  const id = new URL(session.extensionUrl('/')).host;
  await session.browser.uninstallExtension(id);
  const again = await session.browser.installExtension(EXTENSION_DIRS.chromium);
  if (again !== id) throw new Error(`reinstalled under ${again}, not ${id}`);
  const control = await session.openExtensionPage('/options.html', 'button[role="switch"]');
  return new ExtensionStorage(control);
}
