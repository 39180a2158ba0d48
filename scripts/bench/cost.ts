/**
 * Figure 4, cost: what the extension adds to Chrome's own work on the heaviest pages
 * (Dark Reader "slows heavy pages", PRODUCT.md), against the physical limit (issue 15).
 * Each page (the heavy corpus pages, the demo and the generated page of large-page.ts)
 * is loaded in these configurations:
 * - without: Chromium without the extension; again: the same a second time, so that
 *   again/without (which should be 1.00) shows how much of any ratio is this noisy
 *   2-core machine rather than the extension;
 * - off: with the extension and readable mode off ("off means off": <= 1.02 of without);
 * - on: the bench's profile on; nothing: readable mode on with the format's defaults
 *   (panel hidden), so nothing to change: <= 1.03 of without;
 * - restyled, the floor: in the plain browser, a copy of the page as the extension left
 *   it (Legible's sheets and marks saved in the markup), so no extension work is left:
 *   the restyled page's own cost (larger text, more lines, Legible's rules). The
 *   targets: on/restyled <= 1.10 for TaskDuration, <= 1.15 for RecalcStyle and Layout;
 * - bare: an extension whose content script only reads the settings (bare-extension.ts);
 * - peer: Dark Reader's engine (peer-extension.ts); Legible's on/without must stay
 *   below the peer's peer/without on every page.
 *
 * Loads are measured as loads.ts says (Chrome's renderer metrics from navigation to
 * load + 500 ms, one warm-up per configuration, alternating order), COST_RUNS per
 * configuration; medians are printed. Then TRACE_RUNS more rounds, traced (trace.ts):
 * CPU time and the counts noise cannot move, median per load. Tracing slows the
 * renderer, so the ratios come from the untraced loads only; the trace table shows
 * the traced loads' TaskDuration against the untraced ones as the tracing overhead.
 */
import type { Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import {
  METRICS,
  TRACED,
  alternate,
  applySettings,
  eachPage,
  measureLoad,
  medianOf,
  runsOr,
  type Load,
  type Metric,
  type Probe,
  type Sample,
} from '@/scripts/bench/loads';
import { fixed, median, printFailures, printTable, type Cell } from '@/scripts/bench/report';
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
import { FULL_SHARE, type TraceCounts } from '@/scripts/bench/trace';
import { PEER_NAME } from '@/scripts/bench/peer-extension';

type Config = 'without' | 'again' | 'off' | 'on' | 'nothing' | 'restyled' | 'bare' | 'peer';
const CONFIGS: readonly Config[] = [
  'without',
  'again',
  'off',
  'on',
  'nothing',
  'restyled',
  'bare',
  'peer',
];
/** "again" is "without" once more: its trace would say the same. */
type TracedConfig = Exclude<Config, 'again'>;
const TRACED_CONFIGS = CONFIGS.filter((config): config is TracedConfig => config !== 'again');

/** Untraced loads per configuration: BENCH_RUNS, else 11. */
export const COST_RUNS = runsOr(11);
/** Traced loads per configuration: BENCH_TRACE_RUNS, else 3 (counts hardly vary). */
export const TRACE_RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_TRACE_RUNS))) || 3;

const TARGETS = {
  off: 1.02,
  nothing: 1.03,
  floor: { TaskDuration: 1.1, RecalcStyleDuration: 1.15, LayoutDuration: 1.15 },
} as const satisfies { floor: Record<Metric, number> } & Record<string, unknown>;

/** Readable mode on with every other setting the format's default: nothing to change. */
const NOTHING = { ...DEFAULT_SETTINGS, enabled: true, panel: false };
const SETTINGS: Partial<Record<Config, object>> = { off: OFF, on: PROFILE, nothing: NOTHING };

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
  /** The traced loads, each with its metrics (for the tracing overhead) and counts. */
  traces?: Record<TracedConfig, Load<TraceCounts>[]>;
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
  /** The same Chromium with Dark Reader's engine (peer-extension.ts). */
  peer: Browser;
}

interface Urls {
  page: string;
  /** The restyled copy of the page, served by the bench's page server. */
  restyled: string;
}

async function loadOnce<T>(
  browsers: CostBrowsers,
  config: Config,
  urls: Urls,
  probe?: Probe<T>,
): Promise<Load<T>> {
  if (config === 'restyled') return measureLoad(browsers.plain, urls.restyled, probe);
  if (config === 'bare') return measureLoad(browsers.bare, urls.page, probe);
  if (config === 'peer') return measureLoad(browsers.peer, urls.page, probe);
  const settings = SETTINGS[config];
  if (!settings) return measureLoad(browsers.plain, urls.page, probe);
  await applySettings(browsers.settings, settings);
  return measureLoad(browsers.extension, urls.page, probe);
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

/** Fails the bench when Dark Reader's engine left the page as it was: no peer to beat. */
async function checkPeerThemes(browsers: CostBrowsers, url: string): Promise<void> {
  const themed = await withLoadedPage(browsers.peer, url, async (page) => {
    await settle(page);
    return page.evaluate(() => document.querySelector('style.darkreader') !== null);
  });
  if (!themed) throw new Error(`The Dark Reader stand-in did not theme ${url}`);
}

export async function measureCost(
  browsers: CostBrowsers,
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<CostRow[]> {
  const rows = await eachPage(server, pages, async (url) => {
    await checkPeerThemes(browsers, url);
    const urls = { page: url, restyled: await serveRestyled(browsers, server, url) };
    const samples = await alternate(
      CONFIGS,
      async (config) => (await loadOnce(browsers, config, urls)).sample,
      { runs: COST_RUNS },
    );
    const traces = await alternate(
      TRACED_CONFIGS,
      (config) => loadOnce(browsers, config, urls, TRACED),
      { runs: TRACE_RUNS, warmUp: false },
    );
    return { samples, traces };
  });
  return rows.map(({ page, result, error }) => ({ page, ...result, error }));
}

/** `value / base` to two places with ok/OVER against `target`; "-" when undefined. */
function ratio(value: number, base: number, target: number): string {
  const r = value / base;
  if (!Number.isFinite(r)) return '-';
  return `${r.toFixed(2)} ${r <= target ? 'ok' : 'OVER'}`;
}

/** Legible's on/without beside the peer's, "ok" when Legible's is the lower. */
function belowPeer(on: number, peer: number, without: number): string {
  const [legible, other] = [on / without, peer / without];
  if (!Number.isFinite(legible) || !Number.isFinite(other)) return '-';
  return `${legible.toFixed(2)} vs ${other.toFixed(2)} ${legible < other ? 'ok' : 'OVER'}`;
}

const COUNTS = [
  'cpuMs',
  'taskMs',
  'recalcs',
  'fullRecalcs',
  'forcedRecalcs',
  'layouts',
  'forcedLayouts',
  'recalcElements',
] as const satisfies readonly (keyof TraceCounts)[];

export function printCost(rows: readonly CostRow[]): void {
  const medians: Cell[][] = [];
  const ratios: Cell[][] = [];
  const traced: Cell[][] = [];
  for (const { page, samples, traces } of rows) {
    if (!samples) continue;
    for (const metric of METRICS) {
      const at = Object.fromEntries(
        CONFIGS.map((config) => [config, medianOf(samples[config], metric)]),
      ) as Record<Config, number>;
      medians.push([`${page.name} ${metric}`, ...CONFIGS.map((config) => fixed(at[config]))]);
      ratios.push([
        `${page.name} ${metric}`,
        (at.again / at.without).toFixed(2),
        ratio(at.off, at.without, TARGETS.off),
        ratio(at.on, at.restyled, TARGETS.floor[metric]),
        ratio(at.nothing, at.without, TARGETS.nothing),
        belowPeer(at.on, at.peer, at.without),
        (at.restyled / at.without).toFixed(2),
        (at.bare / at.without).toFixed(2),
      ]);
    }
    if (!traces) continue;
    for (const config of TRACED_CONFIGS) {
      const loads = traces[config];
      const counts = (key: (typeof COUNTS)[number]) =>
        median(loads.map((load) => load.probed?.[key] ?? NaN));
      const tracedTask = medianOf(
        loads.map((load) => load.sample),
        'TaskDuration',
      );
      traced.push([
        `${page.name} ${config}`,
        ...COUNTS.map((key) => fixed(counts(key), key.endsWith('Ms') ? 1 : 0)),
        (tracedTask / medianOf(samples[config], 'TaskDuration')).toFixed(2),
      ]);
    }
  }
  const loads = `median of ${COST_RUNS} loads per configuration`;
  printTable(
    `4. Cost: Chrome's metrics from navigation to load + ${SETTLE_MS} ms, ${loads} (ms); ` +
      'nothing = readable mode on with the default settings (panel hidden), ' +
      `peer = ${PEER_NAME}`,
    ['page metric', ...CONFIGS],
    medians,
  );
  printTable(
    `4. Cost ratios (${loads}); targets printed, not enforced: off/without <= ${TARGETS.off}, ` +
      `on/restyled <= ${TARGETS.floor.TaskDuration} (TaskDuration) and ` +
      `<= ${TARGETS.floor.RecalcStyleDuration} (RecalcStyle, Layout), ` +
      `nothing/without <= ${TARGETS.nothing}, on/without below peer/without`,
    [
      'page metric',
      'again/without (noise)',
      'off/without',
      'on/restyled (floor)',
      'nothing/without',
      'on/without vs peer/without',
      'restyled/without',
      'bare/without',
    ],
    ratios,
  );
  printTable(
    `4. Cost traced: the page's renderer main thread, navigation to load + ${SETTLE_MS} ms, ` +
      `median of ${TRACE_RUNS} traced loads per configuration. cpu = thread CPU time of ` +
      'its top-level tasks, tasks = their wall time (ms); recalcs = UpdateLayoutTree, ' +
      `full = touching >= ${FULL_SHARE * 100} % of the document's elements, forced = ` +
      'inside a script span (synchronous); elements = sum of elementCount; ' +
      'overhead = traced/untraced TaskDuration',
    [
      'page config',
      'cpu ms',
      'tasks ms',
      'recalcs',
      'full',
      'forced recalcs',
      'layouts',
      'forced layouts',
      'elements',
      'overhead',
    ],
    traced,
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
