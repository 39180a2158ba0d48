/**
 * What every part of the benchmark shares: the test profile, the pages to measure, the
 * bench's browser flags, loading one page in a fresh 1280×900 tab, and writing the
 * settings. The figures compare loads with each other, so every load goes through
 * `withLoadedPage` or `newTab` + `navigate`, with the same viewport and timeout; a load
 * that fails becomes a LoadFailure, reported and skipped by each figure.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionStorage } from '@/tests/e2e/support/extension-storage';

/** The one "full" profile the figures are measured against. */
export const PROFILE = {
  version: 1,
  enabled: true,
  fontFamily: 'arial',
  fontScale: 1.5,
  letterSpacing: 0.12,
  wordSpacing: 0.16,
  lineHeight: 1.5,
  paragraphSpacing: 2,
  colorScheme: 'blue',
  images: 'grayscale',
  panel: false,
} as const;

/** The same profile with readable mode off: the extension is loaded but must do nothing. */
export const OFF = { ...PROFILE, enabled: false } as const;

/** The blue and beige schemes' colours as computed styles report them (PRODUCT.md). */
export const BLUE = { text: 'rgb(6, 52, 98)', background: 'rgb(157, 209, 255)' } as const;
export const BEIGE_BACKGROUND = 'rgb(247, 243, 214)';

export const VIEWPORT = { width: 1280, height: 900 } as const;
export const LOAD_TIMEOUT_MS = 20_000;
/** The portal demo page: latency and cost are measured on it. */
export const PORTAL_DEMO = '/demo/article-en.html';

/**
 * Flags added to both browsers. Only 127.0.0.1 resolves: the corpus pages' external
 * stylesheets and images fail at once instead of waiting on a network that is not
 * there, so loads are fast, repeatable and make no outside requests.
 */
export const BENCH_ARGS = [
  `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface BenchPage {
  /** Short name for the tables, e.g. "readability/yahoo-1". */
  readonly name: string;
  /** Path on the page server. */
  readonly path: string;
}

/** The shared corpus (when it exists beside the repo), then the project's demo pages. */
export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const folder of ['readability', 'portal']) {
    const dir = resolve('../shared/corpus', folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      pages.push({ name: `${folder}/${file.slice(0, -5)}`, path: `/corpus/${folder}/${file}` });
    }
  }
  for (const lang of ['en', 'ru', 'be']) {
    pages.push({ name: `demo/article-${lang}`, path: `/demo/article-${lang}.html` });
  }
  return pages;
}

/** A load that did not finish: reported in the tables and skipped, never fatal. */
export class LoadFailure extends Error {}

/** A fresh tab at the bench viewport, not yet navigated. */
export async function newTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.bringToFront();
  return page;
}

/** Navigates `page` to `url` and waits for its load event; a timeout becomes LoadFailure. */
export async function navigate(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    throw new LoadFailure(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

/** Runs `measure` on `url` in a fresh tab, and closes the tab whatever happens. */
export async function withLoadedPage<T>(
  browser: Browser,
  url: string,
  measure: (page: Page) => Promise<T>,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<T> {
  const page = await newTab(browser);
  try {
    await beforeLoad?.(page);
    await navigate(page, url);
    return await measure(page);
  } finally {
    await page.close();
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** How long after the load event a page is left before it is measured. */
export const SETTLE_MS = 500;

/** Waits SETTLE_MS, then for the page's main thread to be idle (at most 2 s more). */
export async function settle(page: Page): Promise<void> {
  await sleep(SETTLE_MS);
  await page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2000 })),
  );
}

/**
 * Writes the v1 settings object to storage.sync through an extension page, as another
 * context or device would. Skips a write that would change nothing, which keeps the run
 * well under storage.sync's 120 writes a minute.
 */
export class SettingsWriter {
  private last = '';

  constructor(private readonly storage: ExtensionStorage) {}

  /** Resolves true when it wrote, false when the settings were already these. */
  async write(settings: object): Promise<boolean> {
    const json = JSON.stringify(settings);
    if (json === this.last) return false;
    await this.storage.set('sync', { settings });
    this.last = json;
    return true;
  }
}
