/**
 * How the cost figures (4, cost, and 6, panel) measure a load, so that their ratios are
 * comparable. Chrome's renderer metrics (page.metrics(): TaskDuration,
 * RecalcStyleDuration, LayoutDuration) are read in a fresh tab before navigating and
 * again at load + SETTLE_MS; the difference is the load's cost. Each page is loaded
 * once per configuration unmeasured to warm the caches, then RUNS times per
 * configuration, alternating the order of the configurations from run to run, and the
 * figures print medians.
 */
import type { Browser, Metrics, Page } from 'puppeteer-core';
import { median, reason } from '@/scripts/bench/report';
import { TRACE_CATEGORIES, countTrace, traceEvents, type TraceCounts } from '@/scripts/bench/trace';
import type { PageServer } from '@/tests/e2e/support/page-server';
import {
  LoadFailure,
  SETTLE_MS,
  sleep,
  withLoadedPage,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

/** Loads per configuration: BENCH_RUNS=11 (say), else `fallback`. */
export function runsOr(fallback: number): number {
  return Math.max(1, Math.floor(Number(process.env.BENCH_RUNS))) || fallback;
}

/** Loads per configuration; BENCH_RUNS=11 (say) narrows the medians on a noisy machine. */
export const RUNS = runsOr(5);
export const METRICS = ['TaskDuration', 'RecalcStyleDuration', 'LayoutDuration'] as const;
export type Metric = (typeof METRICS)[number];

/** Milliseconds per metric, for one load. */
export type Sample = Record<Metric, number>;

/** Something read from the page besides the metrics, on the same load. */
export interface Probe<T> {
  /** Runs in the fresh tab before the metrics are first read (e.g. evaluateOnNewDocument). */
  prepare(page: Page): Promise<unknown>;
  /** Runs once the metrics have been read again at load + SETTLE_MS. */
  read(page: Page): Promise<T>;
}

export interface Load<T> {
  sample: Sample;
  /** What the probe read, when there is one. */
  probed?: T;
}

/**
 * Traces the load (trace.ts says what it counts). Tracing every task costs the
 * renderer time of its own, so the figures take their ratios from untraced loads and
 * trace loads of their own.
 */
export const TRACED: Probe<TraceCounts> = {
  prepare: (page: Page) => page.tracing.start({ categories: TRACE_CATEGORIES }),
  async read(page: Page) {
    const trace = await page.tracing.stop();
    if (!trace) throw new Error('The trace came back empty');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    return countTrace(traceEvents(trace), elements);
  },
};

/**
 * Writes `value` to the settings; after a change, lets the extension's own pages and
 * workers finish reacting to it, so that their work does not compete with the measured
 * load for the 2 cores.
 */
export async function applySettings(settings: SettingsWriter, value: object): Promise<void> {
  if (await settings.write(value)) await sleep(300);
}

/** Loads `url` in a fresh tab of `browser` and returns what the load cost. */
export async function measureLoad<T = never>(
  browser: Browser,
  url: string,
  probe?: Probe<T>,
): Promise<Load<T>> {
  let before: Metrics = {};
  return withLoadedPage(
    browser,
    url,
    async (page) => {
      await sleep(SETTLE_MS);
      const after = await page.metrics();
      const ms = (metric: Metric) => ((after[metric] ?? 0) - (before[metric] ?? 0)) * 1000;
      const sample: Sample = {
        TaskDuration: ms('TaskDuration'),
        RecalcStyleDuration: ms('RecalcStyleDuration'),
        LayoutDuration: ms('LayoutDuration'),
      };
      return probe ? { sample, probed: await probe.read(page) } : { sample };
    },
    async (page) => {
      await probe?.prepare(page);
      before = await page.metrics();
    },
  );
}

/**
 * One unmeasured load per configuration (unless `warmUp` is false, when the caches are
 * warm already), then `runs` rounds of one load per configuration, in `configs` order
 * on even rounds and reversed on odd ones.
 */
export async function alternate<C extends string, S>(
  configs: readonly C[],
  load: (config: C) => Promise<S>,
  { runs = RUNS, warmUp = true }: { runs?: number; warmUp?: boolean } = {},
): Promise<Record<C, S[]>> {
  const results = {} as Record<C, S[]>;
  for (const config of configs) results[config] = [];
  if (warmUp) for (const config of configs) await load(config);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? configs : [...configs].reverse();
    for (const config of order) results[config].push(await load(config));
  }
  return results;
}

/** The median of one metric over a configuration's samples. */
export function medianOf(samples: readonly Sample[], metric: Metric): number {
  return median(samples.map((sample) => sample[metric]));
}

export interface PageResult<T> {
  page: BenchPage;
  result?: T;
  /** Why the page could not be measured (it failed to load). */
  error?: string;
}

/** Measures each page in turn; a page that fails to load is reported, not fatal. */
export async function eachPage<T>(
  server: PageServer,
  pages: readonly BenchPage[],
  measure: (url: string) => Promise<T>,
): Promise<PageResult<T>[]> {
  const rows: PageResult<T>[] = [];
  for (const page of pages) {
    try {
      rows.push({ page, result: await measure(server.url(page.path)) });
    } catch (error) {
      if (!(error instanceof LoadFailure)) throw error;
      rows.push({ page, error: reason(error) });
    }
  }
  return rows;
}
