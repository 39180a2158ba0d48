/**
 * Figure 6, panel: what showing the on-page panel costs ("opening it does not slow the
 * page noticeably"). Each page of the cost figure is loaded with the extension and the
 * profile on, once with `panel: false` and once with `panel: true` (the background then
 * also registers content-scripts/panel.js, which mounts the Preact panel in a shadow
 * root and pushes the page down), measured as loads.ts says. The ratio panel/no panel
 * per metric has no target; ≤ 1.05 is marked "ok".
 *
 * It also times the panel: a poller installed before navigation checks on every
 * animation frame whether <legible-panel> has taken up room and records
 * performance.now(), i.e. milliseconds since navigation start. Its shadow root is closed
 * (the page's scripts, the poller among them, cannot look inside), but the host is
 * 0 px high until Preact draws the panel, its buttons and all, in one commit: the first
 * frame with a height is the first frame with a panel button. Frame polling rounds up
 * to the next frame, which is also when the user could see it. The poller runs in both
 * configurations, so its own small cost is in both.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import {
  METRICS,
  RUNS,
  alternate,
  applySettings,
  eachPage,
  measureLoad,
  medianOf,
  type Load,
  type Probe,
} from '@/scripts/bench/loads';
import {
  OK_RATIO,
  fixed,
  markedRatio,
  median,
  printFailures,
  printTable,
  type Cell,
} from '@/scripts/bench/report';
import { PROFILE, SETTLE_MS, type BenchPage, type SettingsWriter } from '@/scripts/bench/session';

type Config = 'noPanel' | 'panel';
const CONFIGS: readonly Config[] = ['noPanel', 'panel'];
const SETTINGS: Record<Config, object> = {
  noPanel: PROFILE,
  panel: { ...PROFILE, panel: true },
};
/** How long after navigation start the poller gives up. */
const POLL_MS = 5000;

type Clock = { __benchPanelShown?: number };

/** Milliseconds from navigation start to the first frame with a panel button, or null. */
const PANEL_CLOCK: Probe<number | null> = {
  prepare: (page: Page) =>
    page.evaluateOnNewDocument((giveUpMs: number) => {
      const tick = () => {
        if ((document.querySelector('legible-panel')?.getBoundingClientRect().height ?? 0) > 0) {
          (window as Clock).__benchPanelShown = performance.now();
        } else if (performance.now() < giveUpMs) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, POLL_MS),
  read: (page: Page) => page.evaluate(() => (window as Clock).__benchPanelShown ?? null),
};

export interface PanelRow {
  page: BenchPage;
  loads?: Record<Config, Load<number | null>[]>;
  error?: string;
}

export async function measurePanel(
  browser: Browser,
  settings: SettingsWriter,
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<PanelRow[]> {
  const rows = await eachPage(server, pages, (url) =>
    alternate(CONFIGS, async (config) => {
      await applySettings(settings, SETTINGS[config]);
      return measureLoad(browser, url, PANEL_CLOCK);
    }),
  );
  return rows.map(({ page, result, error }) => ({ page, loads: result, error }));
}

export function printPanel(rows: readonly PanelRow[]): void {
  const table: Cell[][] = [];
  const shownTable: Cell[][] = [];
  for (const { page, loads } of rows) {
    if (!loads) continue;
    const noPanel = loads.noPanel.map((load) => load.sample);
    const panel = loads.panel.map((load) => load.sample);
    for (const metric of METRICS) {
      const [off, on] = [medianOf(noPanel, metric), medianOf(panel, metric)];
      table.push([`${page.name} ${metric}`, fixed(off), fixed(on), markedRatio(on, off)]);
    }
    const shown = loads.panel.flatMap((load) => (load.probed == null ? [] : [load.probed]));
    const stray = loads.noPanel.filter((load) => load.probed != null).length;
    shownTable.push([
      page.name,
      `${shown.length}/${loads.panel.length}`,
      fixed(Math.min(...shown), 0),
      fixed(median(shown), 0),
      fixed(Math.max(...shown), 0),
      stray,
    ]);
  }
  printTable(
    `6. Panel: Chrome's metrics from navigation to load + ${SETTLE_MS} ms with the profile ` +
      `on, without and with the panel, median of ${RUNS} loads each (ms); ` +
      `no target, ratio <= ${OK_RATIO} marked ok`,
    ['page metric', 'no panel', 'panel', 'panel/no panel'],
    table,
  );
  printTable(
    `6. Panel shown: navigation start to the first frame with a panel button (ms), ` +
      `over the ${RUNS} panel loads; "stray" = panel seen on a no-panel load (should be 0)`,
    ['page', 'shown', 'min ms', 'median ms', 'max ms', 'stray'],
    shownTable,
  );
  console.log("Figure 4's again/without column shows how noisy such ratios are on this machine.");
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
