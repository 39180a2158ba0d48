/**
 * Figure 8, the popup answers at once: from the toolbar click (`chrome.action.openPopup()`
 * in the service worker opens the real toolbar popup) to the frame that shows the
 * popup's controls, in a browser just started (a fresh profile, the popup opened as soon
 * as its first tab has loaded) and in a warm one (the same browser, the popup opened
 * again and again). Beside it, the floor: an extension whose popup is the same controls
 * as static HTML, with no script at all, which is what the browser alone costs.
 *
 * What the popup shows is watched from inside it: a script the automation protocol adds
 * before the popup's document starts (the new target waits for the debugger) notes when
 * the controls (the switch and the colour-scheme buttons) enter the document, and the
 * frame after that; and when the switch shows the stored state (`aria-checked`,
 * "settled"). The popup's clock (performance.timeOrigin) and Node's are the machine's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Target, WebWorker } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { launchChromium, type ExtensionBrowser } from '@/tests/e2e/support/extension-browser';
import { fixed, median, printTable, type Cell } from '@/scripts/bench/report';
import { BENCH_ARGS, PORTAL_DEMO, sleep } from '@/scripts/bench/session';

const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 5);
const TARGET_MS = 150;
/** The controls: the switch and the colour-scheme buttons, whatever state they show. */
const CONTROLS = '#readable-mode, [aria-labelledby="scheme-label"] button';
/** The switch once it shows the stored state (a loading switch has no aria-checked). */
const SETTLED = '#readable-mode[aria-checked]';

/** Runs in the popup before its own scripts: notes when the controls are in and shown. */
const WATCH = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = (globalThis.__benchPopup = { start: now() });
  const look = () => {
    if (!marks.inDocument && document.querySelectorAll(${JSON.stringify(CONTROLS)}).length > 1) {
      marks.inDocument = now();
      requestAnimationFrame(() => (marks.shown = now()));
    }
    if (!marks.settled && document.querySelector(${JSON.stringify(SETTLED)})) marks.settled = now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface Marks {
  start: number;
  inDocument?: number;
  shown?: number;
  settled?: number;
}

export interface PopupSample {
  /** Milliseconds from the click to the popup's document starting (the browser's part). */
  readonly documentMs: number;
  /** Milliseconds from the click to the frame that shows the controls. */
  readonly shownMs: number;
  /** Milliseconds from the click to the switch showing the stored state. */
  readonly settledMs: number;
}

export interface PopupResult {
  /** Each in a browser just started; `sinceStartMs`, when the click came. */
  readonly cold: Array<PopupSample & { sinceStartMs: number }>;
  readonly warm: PopupSample[];
  readonly floor: PopupSample[];
}

/** An extension whose popup is the controls as static HTML: what the browser costs. */
const FLOOR_MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench: static popup',
  version: '1.0',
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'background.js' },
};
const FLOOR_POPUP = `<!doctype html><meta charset="utf-8"><main style="width:26rem">
<button id="readable-mode" role="switch" aria-checked="false">Readable mode</button>
<div role="group" aria-labelledby="scheme-label"><span id="scheme-label">Colour scheme</span>
<button>Blue</button><button>Beige</button></div></main>`;

/** Adds WATCH to every popup the browser opens, before the popup's document starts. */
function watchPopups(browser: Browser): void {
  browser.on('targetcreated', (target: Target) => {
    // A toolbar popup is created as an "other" target without a URL yet, paused until
    // the automation's set-up is sent; messages on its session run in order.
    if (target.type() !== 'other') return;
    // Puppeteer's own session with the target: a new one would attach too late.
    const session = (target as unknown as { _session(): CDPSession | undefined })._session();
    void session?.send('Page.enable').catch(() => undefined);
    void session
      ?.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH })
      .catch(() => undefined);
  });
}

async function extensionWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker for the extension');
  return worker;
}

/** Clicks the toolbar button, as the user would, and times the popup it opens. */
async function timePopup(browser: Browser, worker: WebWorker): Promise<PopupSample> {
  const opened = browser.waitForTarget((t) => t.url().endsWith('/popup.html'), {
    timeout: 15_000,
  });
  const clickedAt = Date.now();
  await worker.evaluate(() => chrome.action.openPopup());
  const popup = await (await opened).asPage();
  try {
    await popup.waitForFunction(
      () => {
        const marks = (globalThis as { __benchPopup?: Marks }).__benchPopup;
        return marks?.shown !== undefined && marks.settled !== undefined;
      },
      { polling: 50, timeout: 15_000 },
    );
    const marks = await popup.evaluate(
      () => (globalThis as unknown as { __benchPopup: Marks }).__benchPopup,
    );
    const origin = await popup.evaluate(() => performance.timeOrigin);
    return {
      documentMs: origin - clickedAt,
      shownMs: (marks.shown ?? NaN) - clickedAt,
      // Known before it was shown counts from when it was shown.
      settledMs: Math.max(marks.shown ?? NaN, marks.settled ?? NaN) - clickedAt,
    };
  } finally {
    await popup.close();
  }
}

/** The first tab at the demo article, in front: the popup is opened for a web page. */
async function webPageInFront(browser: Browser, server: PageServer): Promise<void> {
  const [first] = await browser.pages();
  const page = first ?? (await browser.newPage());
  await page.goto(server.url(PORTAL_DEMO), { waitUntil: 'load' });
  await page.bringToFront();
}

/** Opens the popup once (not counted), then RUNS times, in one browser. */
async function warmRuns(session: ExtensionBrowser, server: PageServer): Promise<PopupSample[]> {
  watchPopups(session.browser);
  const worker = await extensionWorker(session.browser);
  await webPageInFront(session.browser, server);
  await timePopup(session.browser, worker);
  const samples: PopupSample[] = [];
  for (let run = 0; run < RUNS; run++) {
    await sleep(300);
    samples.push(await timePopup(session.browser, worker));
  }
  return samples;
}

async function measureFloor(server: PageServer): Promise<PopupSample[]> {
  const dir = mkdtempSync(join(tmpdir(), 'legible-bench-popup-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(FLOOR_MANIFEST));
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'popup.html'), FLOOR_POPUP);
  try {
    const session = await launchChromium({ extraArgs: BENCH_ARGS, extensionDir: dir });
    try {
      return await warmRuns(session, server);
    } finally {
      await session.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measurePopup(server: PageServer): Promise<PopupResult> {
  const cold: PopupResult['cold'] = [];
  for (let run = 0; run < RUNS; run++) {
    const session = await launchChromium({ extraArgs: BENCH_ARGS });
    const startedAt = Date.now();
    try {
      watchPopups(session.browser);
      const worker = await extensionWorker(session.browser);
      await webPageInFront(session.browser, server);
      const sinceStartMs = Date.now() - startedAt;
      cold.push({ ...(await timePopup(session.browser, worker)), sinceStartMs });
    } finally {
      await session.close();
    }
  }
  const session = await launchChromium({ extraArgs: BENCH_ARGS });
  let warm: PopupSample[];
  try {
    warm = await warmRuns(session, server);
  } finally {
    await session.close();
  }
  return { cold, warm, floor: await measureFloor(server) };
}

export function printPopup({ cold, warm, floor }: PopupResult): void {
  const floorShown = median(floor.map((s) => s.shownMs));
  const row = (name: string, samples: readonly PopupSample[]): Cell[] => {
    const shown = samples.map((s) => s.shownMs);
    const worst = Math.max(...shown);
    return [
      name,
      samples.map((s) => fixed(s.shownMs, 0)).join(' '),
      fixed(median(samples.map((s) => s.documentMs)), 0),
      fixed(median(shown), 0),
      fixed(worst, 0),
      fixed(median(shown) - floorShown, 0),
      fixed(median(samples.map((s) => s.settledMs)), 0),
      `<= ${TARGET_MS} ms ${worst <= TARGET_MS ? 'ok' : 'OVER'}`,
    ];
  };
  printTable(
    '8. The popup answers at once: toolbar click (chrome.action.openPopup) to the frame ' +
      'showing its controls (ms); "document" = the click to the popup document starting, ' +
      '"settled" = to the stored settings shown; floor = a static-HTML popup',
    ['popup', 'shown (each)', 'document', 'shown median', 'max', 'over floor', 'settled', 'target'],
    [
      row('Legible, cold (just started)', cold),
      row('Legible, warm', warm),
      row('floor (static popup), warm', floor),
    ],
  );
  console.log(
    `  cold: clicked ${cold.map((s) => fixed(s.sinceStartMs, 0)).join(', ')} ms after the ` +
      'browser started',
  );
}
