/**
 * Figure 2, unstyled frames: with the profile on, how many frames show the page's text
 * before the scheme reached it (PRODUCT.md: "before the first paint: no frame shows the
 * unstyled page"; Dark Reader's white flash). Target 0 on every page.
 *
 * A main-world script, injected before any page script, samples every animation frame
 * from the document's start until 1.5 s after load. A frame counts as unstyled when
 * the body has visible text, its computed background is not the scheme's, and neither
 * html nor body is hidden (opacity 0, visibility or content-visibility hidden) by Legible.
 *
 * rAF sampling is conservative: rAF callbacks run before the frame's style and paint,
 * so a frame the engine styles after our callback but before paint (a later rAF
 * callback, a microtask, a ResizeObserver) is still counted as unstyled.
 */
import { TimeoutError, type Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { printFailures, printTable, reason, type Cell } from '@/scripts/bench/report';
import {
  BLUE,
  LoadFailure,
  PROFILE,
  withLoadedPage,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

interface FrameRecord {
  sampled: number;
  unstyled: number;
  done: boolean;
}

/** Runs in the page's main world at document start (page.evaluateOnNewDocument). */
function sampleFrames(background: string, afterLoadMs: number): void {
  if (window !== window.top) return;
  const record: FrameRecord = { sampled: 0, unstyled: 0, done: false };
  (window as unknown as { __benchFrames: FrameRecord }).__benchFrames = record;
  let stopAt = Infinity;
  addEventListener('load', () => (stopAt = performance.now() + afterLoadMs));
  const hasVisibleText = (body: HTMLElement): boolean => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (getComputedStyle(parent).visibility !== 'visible') continue;
      if (Array.from(parent.getClientRects()).some((r) => r.width > 0 && r.height > 0)) {
        return true;
      }
    }
    return false;
  };
  // The first-paint hold hides the root by opacity or by content-visibility.
  const hidden = (style: CSSStyleDeclaration) =>
    style.opacity === '0' || style.visibility === 'hidden' || style.contentVisibility === 'hidden';
  const tick = () => {
    if (performance.now() > stopAt) {
      record.done = true;
      return;
    }
    record.sampled++;
    const body = document.body;
    if (body && hasVisibleText(body)) {
      const bodyStyle = getComputedStyle(body);
      const htmlStyle = getComputedStyle(document.documentElement);
      if (bodyStyle.backgroundColor !== background && !hidden(bodyStyle) && !hidden(htmlStyle)) {
        record.unstyled++;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface FramesRow {
  page: BenchPage;
  record?: FrameRecord;
  error?: string;
}

export async function measureFrames(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  pages: readonly BenchPage[],
): Promise<FramesRow[]> {
  await settings.write(PROFILE);
  const rows: FramesRow[] = [];
  for (const page of pages) {
    try {
      const record = await withLoadedPage(
        browser,
        server.url(page.path),
        async (tab) => {
          await tab
            .waitForFunction(
              () => (window as unknown as { __benchFrames?: FrameRecord }).__benchFrames?.done,
              { timeout: 10_000 },
            )
            .catch((error: unknown) => {
              if (!(error instanceof TimeoutError)) throw error;
              throw new LoadFailure('frame sampling did not finish within 10 s of load');
            });
          return tab.evaluate(
            () => (window as unknown as { __benchFrames: FrameRecord }).__benchFrames,
          );
        },
        (tab) => tab.evaluateOnNewDocument(sampleFrames, BLUE.background, 1500),
      );
      rows.push({ page, record });
    } catch (error) {
      if (!(error instanceof LoadFailure)) throw error;
      rows.push({ page, error: reason(error) });
    }
  }
  return rows;
}

export function printFrames(rows: readonly FramesRow[]): void {
  const table: Cell[][] = [];
  let sampled = 0;
  let unstyled = 0;
  for (const { page, record } of rows) {
    if (!record) continue;
    table.push([page.name, record.sampled, record.unstyled]);
    sampled += record.sampled;
    unstyled += record.unstyled;
  }
  table.push([`TOTAL (${table.length} pages)`, sampled, unstyled]);
  printTable(
    '2. Unstyled frames with the profile on, from document start to load + 1.5 s (target 0; ' +
      'rAF sampling is conservative)',
    ['page', 'frames sampled', 'unstyled frames'],
    table,
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
