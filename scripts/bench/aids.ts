/**
 * Figure 7, reading aids: what they cost, on the pages of the cost figure, measured as
 * loads.ts says, all with the profile on.
 * - "aids off" (the profile as it is: every aid off), the configuration every user
 *   without aids has;
 * - "aids on": line length 70, reading guide, calm pages with embeds hidden, own colours
 *   (read aloud is not loaded until asked for, so it has no load cost to measure);
 * - "baseline", when BENCH_BASELINE names another build's folder (e.g. a build of the
 *   commit before the aids: see CONTRIBUTING.md): the same profile in that build, in a
 *   second browser. off/baseline is the "no cost increase on pages where the
 *   aids are off"; without a baseline that row says how to get one.
 * Ratios have no target here; ≤ 1.05 is marked "ok", with the noise column of figure 4
 * as the yardstick for what a difference means on this machine.
 */
import type { Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import {
  METRICS,
  alternate,
  applySettings,
  eachPage,
  measureLoad,
  medianOf,
  type Sample,
} from '@/scripts/bench/loads';
import { fixed, markedRatio, printFailures, printTable, type Cell } from '@/scripts/bench/report';
import { PROFILE, type BenchPage, type SettingsWriter } from '@/scripts/bench/session';

type Config = 'aidsOff' | 'aidsOn' | 'baseline';

export const AIDS_ON = {
  ...PROFILE,
  lineLength: 70,
  readingGuide: true,
  calmPages: true,
  hideEmbeds: true,
  customColors: true,
} as const;

export interface AidsBrowsers {
  current: { browser: Browser; settings: SettingsWriter };
  /** The baseline build in a browser of its own, when BENCH_BASELINE is set. */
  baseline?: { browser: Browser; settings: SettingsWriter };
}

export interface AidsRow {
  page: BenchPage;
  samples?: Partial<Record<Config, Sample[]>>;
  error?: string;
}

export async function measureAids(
  browsers: AidsBrowsers,
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<AidsRow[]> {
  const { current, baseline } = browsers;
  if (baseline) await applySettings(baseline.settings, PROFILE);
  const configs: Config[] = baseline ? ['aidsOff', 'aidsOn', 'baseline'] : ['aidsOff', 'aidsOn'];
  const load = async (config: Config, url: string): Promise<Sample> => {
    if (config === 'baseline' && baseline) return (await measureLoad(baseline.browser, url)).sample;
    await applySettings(current.settings, config === 'aidsOn' ? AIDS_ON : PROFILE);
    return (await measureLoad(current.browser, url)).sample;
  };
  const rows = await eachPage(server, pages, (url) =>
    alternate(configs, (config) => load(config, url)),
  );
  return rows.map(({ page, result, error }) => ({ page, samples: result, error }));
}

export function printAids(rows: readonly AidsRow[], baselineDir: string | undefined): void {
  const table: Cell[][] = [];
  for (const { page, samples } of rows) {
    if (!samples?.aidsOff || !samples.aidsOn) continue;
    for (const metric of METRICS) {
      const off = medianOf(samples.aidsOff, metric);
      const on = medianOf(samples.aidsOn, metric);
      const base = samples.baseline ? medianOf(samples.baseline, metric) : undefined;
      table.push([
        `${page.name} ${metric}`,
        base === undefined ? '-' : fixed(base),
        fixed(off),
        fixed(on),
        base === undefined ? 'no baseline' : markedRatio(off, base),
        markedRatio(on, off),
      ]);
    }
  }
  printTable(
    '7. Reading aids, profile on (ms, medians as in figure 4): ' +
      (baselineDir
        ? `baseline = ${baselineDir}`
        : 'no baseline: set BENCH_BASELINE to another build (CONTRIBUTING.md)'),
    ['page metric', 'baseline', 'aids off', 'aids on', 'off/baseline', 'on/off'],
    table,
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
