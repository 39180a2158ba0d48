/**
 * Figure 4, cost: what the extension adds to Chrome's own work on the heaviest pages
 * (Dark Reader "slows heavy pages", PRODUCT.md). Each page is loaded in three
 * configurations: Chromium without the extension, with it and readable mode off ("off
 * means off": target ≤ 1.02 of without), and with the profile on (target ≤ 1.15).
 *
 * Loads are measured as loads.ts says (Chrome's renderer metrics from navigation to
 * load + 500 ms, one warm-up per configuration, alternating order); medians are printed.
 *
 * "again" loads the page a second time in the plain browser, measured like the others:
 * again/without is a ratio that should be 1.00, so its distance from 1 shows how much
 * of any other ratio is this noisy 2-core machine rather than the extension.
 *
 * Two floors under on/without, each measured on the same loads:
 * - "restyled" loads, in the plain browser, a copy of the page as the extension left it
 *   (Legible's sheets and marks saved in the markup), so no extension work is left: what
 *   it costs over "without" is the cost of the restyled page itself (larger text, more
 *   lines, Legible's rules in every style recalculation).
 * - "bare" loads the page with an extension whose content script only reads the
 *   settings (bare-extension.ts): what any such extension costs before it restyles
 *   anything.
 * Their costs add up: on/without cannot go below about restyled/without + bare/without - 1.
 */
import type { Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import {
  METRICS,
  RUNS,
  alternate,
  applySettings,
  eachPage,
  measureLoad,
  medianOf,
  type Sample,
} from '@/scripts/bench/loads';
import { fixed, printFailures, printTable, type Cell } from '@/scripts/bench/report';
import {
  OFF,
  PORTAL_DEMO,
  PROFILE,
  SETTLE_MS,
  settle,
  withLoadedPage,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

type Config = 'without' | 'again' | 'off' | 'on' | 'restyled' | 'bare';
const CONFIGS: readonly Config[] = ['without', 'again', 'off', 'on', 'restyled', 'bare'];
const TARGETS = { off: 1.02, on: 1.15 } as const;

/** The heavy corpus pages (when the corpus exists) and the portal demo page. */
export function costPages(all: readonly BenchPage[]): BenchPage[] {
  const wanted = ['/corpus/readability/yahoo-1.html', '/corpus/readability/guardian-1.html'];
  return [
    ...all.filter((page) => wanted.includes(page.path)),
    { name: 'demo/article-en', path: PORTAL_DEMO },
  ];
}

export interface CostRow {
  page: BenchPage;
  samples?: Record<Config, Sample[]>;
  error?: string;
}

export interface CostBrowsers {
  /** Chromium with the extension loaded, and its settings writer. */
  extension: Browser;
  settings: SettingsWriter;
  /** The same Chromium with no extension. */
  plain: Browser;
  /** The same Chromium with the bare extension (bare-extension.ts). */
  bare: Browser;
}

interface Urls {
  page: string;
  /** The restyled copy of the page, served by the bench's page server. */
  restyled: string;
}

async function loadOnce(browsers: CostBrowsers, config: Config, urls: Urls): Promise<Sample> {
  if (config === 'restyled') return (await measureLoad(browsers.plain, urls.restyled)).sample;
  if (config === 'bare') return (await measureLoad(browsers.bare, urls.page)).sample;
  const plain = config === 'without' || config === 'again';
  if (!plain) await applySettings(browsers.settings, config === 'on' ? PROFILE : OFF);
  return (await measureLoad(plain ? browsers.plain : browsers.extension, urls.page)).sample;
}

/**
 * Loads `url` with the profile on and serves the page as it then is, Legible's sheets
 * (moved into <head>) and marks included, at a new address; a <base> keeps its
 * relative links working.
 */
async function serveRestyled(browsers: CostBrowsers, server: PageServer, url: string) {
  await applySettings(browsers.settings, PROFILE);
  const html = await withLoadedPage(browsers.extension, url, async (page) => {
    await settle(page);
    return page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      // A parsed document has a <head>; the start of <html> would serve as well.
      const head = copy.querySelector(':scope > head') ?? copy;
      const base = document.createElement('base');
      base.href = location.href;
      // Legible's sheets sit at the end of <html>; parsed there, the copy would be drawn
      // once without them. In <head> they apply from the first frame, as the extension's do.
      head.prepend(base);
      head.append(...copy.querySelectorAll(':scope > style'));
      return `<!DOCTYPE html>${copy.outerHTML}`;
    });
  });
  return server.serve(`/restyled${new URL(url).pathname}`, html);
}

export async function measureCost(
  browsers: CostBrowsers,
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<CostRow[]> {
  const rows = await eachPage(server, pages, async (url) => {
    const urls = { page: url, restyled: await serveRestyled(browsers, server, url) };
    return alternate(CONFIGS, (config) => loadOnce(browsers, config, urls));
  });
  return rows.map(({ page, result, error }) => ({ page, samples: result, error }));
}

function ratio(value: number, base: number, target: number): string {
  const r = value / base;
  if (!Number.isFinite(r)) return '-';
  return `${r.toFixed(2)} ${r <= target ? 'ok' : 'OVER'} (<= ${target})`;
}

export function printCost(rows: readonly CostRow[]): void {
  const table: Cell[][] = [];
  for (const { page, samples } of rows) {
    if (!samples) continue;
    for (const metric of METRICS) {
      const [without, again, off, on, restyled, bare] = CONFIGS.map((config) =>
        medianOf(samples[config], metric),
      ) as [number, number, number, number, number, number];
      table.push([
        `${page.name} ${metric}`,
        fixed(without),
        fixed(off),
        fixed(on),
        (again / without).toFixed(2),
        ratio(off, without, TARGETS.off),
        ratio(on, without, TARGETS.on),
        (restyled / without).toFixed(2),
        (bare / without).toFixed(2),
      ]);
    }
  }
  printTable(
    `4. Cost: Chrome's metrics from navigation to load + ${SETTLE_MS} ms, median of ${RUNS} ` +
      'loads per configuration (ms); targets are not enforced',
    [
      'page metric',
      'without',
      'off',
      'on',
      'again/without (noise)',
      'off/without',
      'on/without',
      'restyled/without (floor)',
      'bare/without (floor)',
    ],
    table,
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
