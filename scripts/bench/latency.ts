/**
 * Figure 3, apply latency: how long a full preset change (font, size, spacing and
 * scheme at once), written to storage.sync by another context (as the popup, the panel
 * or another device through sync would), takes to show on an open page. PRODUCT.md:
 * "chosen once and applied at once". Measured on the demo and on the generated page of
 * large-page.ts, switching between PRESETS.
 *
 * The clock starts in Node just before the write; the page polls on every animation
 * frame until its body shows the new scheme's background and its first paragraph (on
 * screen) a font family, size and letter spacing all different from before the write,
 * and reports Date.now() in the first task after that frame: the frame's own style,
 * layout and paint come after its animation-frame callbacks, in the same task, and on
 * a large page they are most of the wait (a computed style is ready long before the
 * page is laid out again). Node and the page share the machine's clock. Each change
 * waits for the page to be idle before the next.
 *
 * Then the page stays responsive while it applies: on the generated page with the
 * panel shown, CLICKS clicks of the panel's A+ (1.5 → 1.75, then A- back, unmeasured),
 * each traced until the paragraph shows the new size and the page is idle; the figure
 * is the longest top-level task on the page's main thread (trace.ts) per click, with
 * what the longest of them spent its time on.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { panelControl } from '@/tests/e2e/support/panel';
import { fixed, median, percentile, printTable, reason, type Cell } from '@/scripts/bench/report';
import {
  BEIGE_BACKGROUND,
  BLUE,
  LoadFailure,
  PORTAL_DEMO,
  PROFILE,
  newTab,
  navigate,
  settle,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';
import { TRACE_CATEGORIES, countTrace, traceEvents, type TaskParts } from '@/scripts/bench/trace';

/** Two full presets: every one of font, size, spacing and scheme differs. */
const PRESETS = [
  { settings: PROFILE, background: BLUE.background },
  {
    settings: {
      ...PROFILE,
      fontFamily: 'verdana',
      fontScale: 2,
      letterSpacing: 0,
      wordSpacing: 0,
      lineHeight: null,
      paragraphSpacing: null,
      colorScheme: 'beige',
    },
    background: BEIGE_BACKGROUND,
  },
] as const;

/** Changes per page; at least 11 each, even so that both directions count alike. */
const CHANGES = { demo: 20, large: 12 } as const;
const TIMEOUT_MS = 5000;
const TARGET_P95_MS = { demo: 30, large: 120 } as const;
const CLICKS = 5;
const TARGET_LONGEST_TASK_MS = 50;

export interface LatencyRun {
  page: BenchPage;
  /** Milliseconds from the write to the frame that shows the change. */
  samples: number[];
  /** Changes that did not show within TIMEOUT_MS. */
  timeouts: number;
  target: number;
  /** Set when the page did not load. */
  error?: string;
}

export interface ClickRun {
  page: BenchPage;
  /** The longest main-thread task of each A+ click. */
  longestTasks: TaskParts[];
  /** Clicks whose new size did not show within TIMEOUT_MS. */
  timeouts: number;
  error?: string;
}

export interface LatencyResult {
  runs: LatencyRun[];
  click: ClickRun;
}

type Poller = { __benchApplied?: Promise<number> };

/**
 * Starts polling in the page; the promise gives Date.now() when the body's background
 * is `background` (or any, when null) and the first paragraph's font family, size and
 * letter spacing (or only its size, with `sizeOnly`) all differ from now; -1 on timeout.
 */
function startPolling(page: Page, background: string | null, sizeOnly = false): Promise<void> {
  return page.evaluate(
    (background, sizeOnly, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      const paragraph = document.querySelector('p') ?? document.body;
      const look = () => {
        const style = getComputedStyle(paragraph);
        return sizeOnly
          ? [style.fontSize]
          : [style.fontFamily, style.fontSize, style.letterSpacing];
      };
      const before = look();
      (window as Poller).__benchApplied = new Promise<number>((resolve) => {
        const tick = () => {
          const now = look();
          const changed = now.every((value, i) => value !== before[i]);
          const shown =
            background === null || getComputedStyle(document.body).backgroundColor === background;
          if (changed && shown) {
            // Runs once this frame's style, layout and paint are done.
            const after = new MessageChannel();
            after.port1.onmessage = () => resolve(Date.now());
            after.port2.postMessage(null);
          } else if (Date.now() > deadline) resolve(-1);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    background,
    sizeOnly,
    TIMEOUT_MS,
  );
}

const applied = (page: Page) => page.evaluate(() => (window as Poller).__benchApplied ?? -1);

async function measureChanges(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  page: BenchPage,
  changes: number,
  target: number,
): Promise<LatencyRun> {
  await settings.write(PRESETS[0].settings);
  const tab = await newTab(browser);
  const run: LatencyRun = { page, samples: [], timeouts: 0, target };
  try {
    await navigate(tab, server.url(page.path));
    await settle(tab);
    for (let i = 0; i < changes; i++) {
      const preset = i % 2 === 0 ? PRESETS[1] : PRESETS[0];
      await startPolling(tab, preset.background);
      const start = Date.now();
      await settings.write(preset.settings);
      const shown = await applied(tab);
      if (shown < 0) run.timeouts++;
      else run.samples.push(shown - start);
      await settle(tab);
    }
    return run;
  } catch (error) {
    if (!(error instanceof LoadFailure)) throw error;
    return { ...run, error: reason(error) };
  } finally {
    await tab.close();
  }
}

async function measureClicks(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  page: BenchPage,
): Promise<ClickRun> {
  await settings.write({ ...PROFILE, panel: true });
  const tab = await newTab(browser);
  const run: ClickRun = { page, longestTasks: [], timeouts: 0 };
  try {
    await navigate(tab, server.url(page.path));
    const larger = await panelControl(tab, '[data-action="larger"]');
    const smaller = await panelControl(tab, '[data-action="smaller"]');
    await settle(tab);
    for (let i = 0; i < CLICKS; i++) {
      await startPolling(tab, null, true);
      await tab.tracing.start({ categories: TRACE_CATEGORIES });
      await larger.click();
      const shown = await applied(tab);
      await settle(tab);
      const trace = await tab.tracing.stop();
      if (shown < 0 || !trace) run.timeouts++;
      else run.longestTasks.push(countTrace(traceEvents(trace), 0).longestTask);
      // Back to the profile's size, so that every measured click is the same change.
      await startPolling(tab, null, true);
      await smaller.click();
      await applied(tab);
      await settle(tab);
    }
    return run;
  } catch (error) {
    if (!(error instanceof LoadFailure)) throw error;
    return { ...run, error: reason(error) };
  } finally {
    await tab.close();
  }
}

export async function measureLatency(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  large: BenchPage,
): Promise<LatencyResult> {
  const demo = { name: 'demo/article-en', path: PORTAL_DEMO };
  const runs = [
    await measureChanges(browser, server, settings, demo, CHANGES.demo, TARGET_P95_MS.demo),
    await measureChanges(browser, server, settings, large, CHANGES.large, TARGET_P95_MS.large),
  ];
  return { runs, click: await measureClicks(browser, server, settings, large) };
}

export function printLatency({ runs, click }: LatencyResult): void {
  const rows: Cell[][] = runs.map(({ page, samples, timeouts, target, error }) => {
    if (error !== undefined) return [page.name, `failed to load (${error})`];
    const p95 = percentile(samples, 95);
    return [
      page.name,
      samples.length + timeouts,
      samples.length,
      timeouts,
      fixed(Math.min(...samples), 0),
      fixed(median(samples), 0),
      fixed(p95, 0),
      fixed(Math.max(...samples), 0),
      `<= ${target} ms ${p95 <= target ? 'ok' : 'OVER'}`,
    ];
  });
  printTable(
    '3. Apply latency: full preset changes (font arial <-> verdana, size 1.5 <-> 2, WCAG ' +
      'spacing <-> none, scheme blue <-> beige), storage write to the end of the frame ' +
      'that shows the first paragraph and the background changed',
    ['page', 'changes', 'shown', 'timeouts', 'min ms', 'p50 ms', 'p95 ms', 'max ms', 'target p95'],
    rows,
  );
  if (click.error !== undefined) {
    console.log(`  ${click.page.name}: failed to load (${click.error}); A+ clicks skipped`);
    return;
  }
  const [worst = { ms: NaN, scriptMs: NaN, styleMs: NaN, layoutMs: NaN }] = [
    ...click.longestTasks,
  ].sort((a, b) => b.ms - a.ms);
  const over = !(worst.ms <= TARGET_LONGEST_TASK_MS);
  printTable(
    `3. Responsive while it applies: the longest main-thread task during a panel A+ click ` +
      `(size 1.5 -> 1.75) on ${click.page.name}, from a trace of each click; the worst ` +
      'split into script (forced style and layout included), style recalculation and layout',
    ['page', 'clicks', 'timeouts', 'median ms', 'max ms', 'script', 'style', 'layout', 'target'],
    [
      [
        click.page.name,
        click.longestTasks.length + click.timeouts,
        click.timeouts,
        fixed(median(click.longestTasks.map((task) => task.ms)), 0),
        fixed(worst.ms, 0),
        fixed(worst.scriptMs, 0),
        fixed(worst.styleMs, 0),
        fixed(worst.layoutMs, 0),
        `max <= ${TARGET_LONGEST_TASK_MS} ms ${over ? 'OVER' : 'ok'}`,
      ],
    ],
  );
}
