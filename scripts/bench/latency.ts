/**
 * Figure 3, apply latency: how long a change of colour scheme, written to storage.sync
 * by another context (as the popup, the panel or another device through sync would),
 * takes to show on an open page. PRODUCT.md: "chosen once and applied at once".
 *
 * The clock starts in Node just before the write; the page polls on every animation
 * frame and reports Date.now() when its body shows the new scheme's background. Node
 * and the page share the machine's clock. Frame polling rounds the figure up to the
 * next frame, which is also when the user would see the change.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { fixed, median, percentile, printTable, reason } from '@/scripts/bench/report';
import {
  BEIGE_BACKGROUND,
  BLUE,
  LoadFailure,
  PORTAL_DEMO,
  PROFILE,
  SETTLE_MS,
  newTab,
  navigate,
  sleep,
  type SettingsWriter,
} from '@/scripts/bench/session';

const CHANGES = 20;
const TIMEOUT_MS = 3000;
const TARGET_P95_MS = 50;

export interface LatencyResult {
  /** Milliseconds from the write to the frame that shows the new background. */
  samples: number[];
  /** Changes that did not show within TIMEOUT_MS. */
  timeouts: number;
  /** Set when the demo page did not load. */
  error?: string;
}

type Poller = { __benchApplied?: Promise<number> };

/** Starts polling in the page; the promise gives Date.now() when `background` shows, or -1. */
function startPolling(page: Page, background: string): Promise<void> {
  return page.evaluate(
    (background, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      (window as Poller).__benchApplied = new Promise<number>((resolve) => {
        const tick = () => {
          if (getComputedStyle(document.body).backgroundColor === background) resolve(Date.now());
          else if (Date.now() > deadline) resolve(-1);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    background,
    TIMEOUT_MS,
  );
}

export async function measureLatency(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
): Promise<LatencyResult> {
  await settings.write(PROFILE);
  const page = await newTab(browser);
  const result: LatencyResult = { samples: [], timeouts: 0 };
  try {
    await navigate(page, server.url(PORTAL_DEMO));
    await sleep(SETTLE_MS);
    for (let i = 0; i < CHANGES; i++) {
      const beige = i % 2 === 0;
      await startPolling(page, beige ? BEIGE_BACKGROUND : BLUE.background);
      const start = Date.now();
      await settings.write({ ...PROFILE, colorScheme: beige ? 'beige' : 'blue' });
      const shown = await page.evaluate(() => (window as Poller).__benchApplied ?? -1);
      if (shown < 0) result.timeouts++;
      else result.samples.push(shown - start);
      await sleep(100);
    }
    return result;
  } catch (error) {
    if (!(error instanceof LoadFailure)) throw error;
    return { ...result, error: reason(error) };
  } finally {
    await page.close();
  }
}

export function printLatency({ samples, timeouts, error }: LatencyResult): void {
  if (error !== undefined) {
    console.log(`\n3. Apply latency: ${PORTAL_DEMO} failed to load (${error}); skipped`);
    return;
  }
  const p95 = percentile(samples, 95);
  printTable(
    `3. Apply latency on ${PORTAL_DEMO}: ${CHANGES} scheme changes blue <-> beige, ` +
      'storage write to the frame that shows it',
    ['changes', 'shown', 'timeouts', 'min ms', 'median ms', 'p95 ms', 'max ms', 'target p95'],
    [
      [
        CHANGES,
        samples.length,
        timeouts,
        fixed(Math.min(...samples), 0),
        fixed(median(samples), 0),
        fixed(p95, 0),
        fixed(Math.max(...samples), 0),
        `<= ${TARGET_P95_MS} ms ${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`,
      ],
    ],
  );
}
