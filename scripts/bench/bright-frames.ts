/**
 * Figure 2, bright frames before a dark scheme: with the profile in the white-on-black
 * scheme, in how many loads the browser painted a bright picture (mean relative luminance
 * above 0.5) from the navigation until load + 500 ms, in Chromium and in Firefox. The
 * first-paint hold paints the scheme's background (features/color-scheme/
 * first-paint-hold.ts), so the target is 0 loads; a transparent hold shows the browser's
 * white canvas. Each load starts from a black page, so a bright picture can only come
 * from the page under test; the styled page (black, grayscale images) stays below 0.5.
 *
 * How close each browser's pictures are to what was painted:
 * - Chromium: the frames the compositor presented, from a trace with screenshots
 *   (category disabled-by-default-devtools.screenshot): every frame, as a JPEG.
 * - Firefox has no such trace over WebDriver BiDi. The load is sampled by screenshots
 *   taken one after another (browsingContext.captureScreenshot), each a fresh rendering
 *   of the document as it stands, not a frame it presented, and some tens of
 *   milliseconds apart: a bright frame shorter than the gap can be missed.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, type ExtensionBrowser } from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { paintedIn } from '@/tests/e2e/support/painted';
import { printFailures, printTable, reason, type Cell } from '@/scripts/bench/report';
import {
  LoadFailure,
  PROFILE,
  SETTLE_MS,
  SettingsWriter,
  navigate,
  newTab,
  sleep,
  type BenchPage,
} from '@/scripts/bench/session';

/** The profile in the dark scheme the bright frames are counted before. */
const DARK = { ...PROFILE, colorScheme: 'white-on-black' } as const;
const BRIGHT = 0.5;
const START_PAGE = '<!doctype html><html style="background:#000"><body></body></html>';

/** Firefox loads only 127.0.0.1, as Chromium's BENCH_ARGS do: other hosts fail at once. */
const FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
};

export interface BrightLoad {
  readonly page: BenchPage;
  readonly pictures?: number;
  readonly bright?: number;
  readonly error?: string;
}

export interface BrightFrames {
  readonly chromium: readonly BrightLoad[];
  readonly firefox: readonly BrightLoad[];
  readonly firefoxError?: string;
}

type Capture = (tab: Page, url: string) => Promise<string[]>;

/** Chromium: the presented frames of one load, from its trace. */
const traced: Capture = async (tab, url) => {
  await tab.tracing.start({
    screenshots: true,
    categories: ['disabled-by-default-devtools.screenshot'],
  });
  // The trace is stopped whatever the load did; a failed load is thrown after.
  const failed = await navigate(tab, url)
    .then(() => sleep(SETTLE_MS))
    .then(
      () => null,
      (error: unknown) => error,
    );
  const trace = JSON.parse(new TextDecoder().decode(await tab.tracing.stop())) as {
    traceEvents: { name: string; args?: { snapshot?: string } }[];
  };
  if (failed) throw failed;
  return trace.traceEvents.flatMap(({ name, args }) =>
    name === 'Screenshot' && args?.snapshot ? [args.snapshot] : [],
  );
};

/** Firefox: screenshots one after another, from the navigation until load + SETTLE_MS. */
const sampled: Capture = async (tab, url) => {
  let until = Infinity;
  const loading = navigate(tab, url).finally(() => (until = Date.now() + SETTLE_MS));
  // Awaited below; a load that fails ends the sampling first.
  loading.catch(() => undefined);
  const pictures: string[] = [];
  while (Date.now() < until) {
    // A screenshot asked for while the document is being replaced can fail: skipped.
    const picture = await tab.screenshot({ encoding: 'base64', type: 'png' }).catch(() => null);
    if (picture) pictures.push(picture);
    else await sleep(10);
  }
  await loading;
  return pictures;
};

async function countLoads(
  browser: Browser,
  server: PageServer,
  pages: readonly BenchPage[],
  capture: Capture,
  type: 'image/png' | 'image/jpeg',
): Promise<BrightLoad[]> {
  const start = server.serve('/bench-black.html', START_PAGE);
  const decoder = await newTab(browser);
  await navigate(decoder, start);
  const loads: BrightLoad[] = [];
  try {
    for (const page of pages) {
      const tab = await newTab(browser);
      try {
        await navigate(tab, start);
        const pictures = await capture(tab, server.url(page.path));
        const painted = await paintedIn(decoder, pictures, type);
        const bright = painted.filter(({ luminance }) => luminance > BRIGHT).length;
        loads.push({ page, pictures: pictures.length, bright });
      } catch (error) {
        if (!(error instanceof LoadFailure)) throw error;
        loads.push({ page, error: reason(error) });
      } finally {
        await tab.close();
      }
    }
  } finally {
    await decoder.close();
  }
  return loads;
}

export async function measureBrightFrames(
  chromium: { browser: Browser; settings: SettingsWriter },
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<BrightFrames> {
  await chromium.settings.write(DARK);
  await sleep(300);
  const onChromium = await countLoads(chromium.browser, server, pages, traced, 'image/jpeg');
  let firefox: ExtensionBrowser;
  try {
    firefox = await launchFirefox({ firefoxPrefs: FIREFOX_PREFS });
  } catch (error) {
    return { chromium: onChromium, firefox: [], firefoxError: reason(error) };
  }
  try {
    const control = await firefox.openExtensionPage('/options.html', 'button[role="switch"]');
    await new SettingsWriter(new ExtensionStorage(control)).write(DARK);
    await sleep(300);
    const onFirefox = await countLoads(firefox.browser, server, pages, sampled, 'image/png');
    return { chromium: onChromium, firefox: onFirefox };
  } catch (error) {
    return { chromium: onChromium, firefox: [], firefoxError: reason(error) };
  } finally {
    await firefox.close();
  }
}

export function printBrightFrames({ chromium, firefox, firefoxError }: BrightFrames): void {
  const table: Cell[][] = [];
  const cells = (load?: BrightLoad) =>
    load?.bright === undefined ? ['–', '–'] : [load.pictures ?? 0, load.bright];
  for (const load of chromium) {
    const other = firefox.find(({ page }) => page.name === load.page.name);
    table.push([load.page.name, ...cells(load), ...cells(other)]);
  }
  const total = (loads: readonly BrightLoad[]) => {
    const measured = loads.filter(({ bright }) => bright !== undefined);
    const withBright = measured.filter(({ bright }) => (bright ?? 0) > 0).length;
    return `${withBright} of ${measured.length}`;
  };
  table.push(['LOADS WITH A BRIGHT FRAME', total(chromium), '', total(firefox), '']);
  printTable(
    `2b. Bright frames before a dark scheme (white-on-black): pictures with mean luminance > ` +
      `${BRIGHT}, navigation to load + ${SETTLE_MS} ms (target 0 loads; Chromium: presented ` +
      `frames from a trace; Firefox: screenshots in a row, which can miss a short frame)`,
    ['page', 'Chromium frames', 'bright', 'Firefox pictures', 'bright'],
    table,
  );
  printFailures([
    ...chromium.map(({ page, error }) => ({ name: `chromium ${page.name}`, error })),
    ...firefox.map(({ page, error }) => ({ name: `firefox ${page.name}`, error })),
    ...(firefoxError ? [{ name: 'firefox', error: firefoxError }] : []),
  ]);
}
