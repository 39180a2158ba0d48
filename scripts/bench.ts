/**
 * `npm run bench`: measures the BUILT extension (.output/chrome-mv3) in real headless
 * Chromium over the shared corpus and the demo pages, with one full profile (Arial,
 * 1.5× size, WCAG 1.4.12 spacing, blue scheme), and prints ten figures: conformance
 * of visible text, unstyled frames (and bright frames before a dark scheme, in Chromium
 * and Firefox), apply latency, cost against Chromium without the
 * extension, the gzipped size of what pages load, the cost of the on-page panel
 * with the time it takes to show, the cost of the reading aids, how soon the toolbar popup shows
 * its controls, switching readable mode with 30 tabs open, and reflow at 360 px (figure 10). The modules in scripts/bench/ say
 * what each figure measures and why. It prints figures and checks no target: it exits
 * non-zero only when the benchmark itself fails.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIRS, launchChromium } from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { startPageServer } from '@/tests/e2e/support/page-server';
import { measureAids, printAids } from '@/scripts/bench/aids';
import { measureBrightFrames, printBrightFrames } from '@/scripts/bench/bright-frames';
import { launchBareChromium } from '@/scripts/bench/bare-extension';
import { serveLargePage } from '@/scripts/bench/large-page';
import { launchPeerChromium } from '@/scripts/bench/peer-extension';
import { measureConformance, printConformance } from '@/scripts/bench/conformance';
import { costPages, measureCost, printCost } from '@/scripts/bench/cost';
import { measureFrames, printFrames } from '@/scripts/bench/frames';
import { measureLatency, printLatency } from '@/scripts/bench/latency';
import { measurePanel, printPanel } from '@/scripts/bench/panel';
import { measurePopup, printPopup } from '@/scripts/bench/popup';
import { REFLOW_FIXTURES, measureReflow, printReflow } from '@/scripts/bench/reflow';
import { launchPlainChromium } from '@/scripts/bench/plain-chromium';
import {
  BENCH_ARGS,
  PROFILE,
  SettingsWriter,
  benchPages,
  type BenchPage,
} from '@/scripts/bench/session';
import type { Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { measureSize, printSize } from '@/scripts/bench/size';
import { measureTabs, printTabs } from '@/scripts/bench/tabs';

/** Another build's folder to compare the reading aids' cost against (figure 7). */
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;

/**
 * BENCH_FIGURES=4 (say, or 1,4) measures only those figures: one figure with more loads
 * (BENCH_RUNS) is quicker to repeat than the whole run. Every figure by default.
 */
const FIGURES = new Set(
  (process.env.BENCH_FIGURES ?? '1,2,3,4,5,6,7,8,9,10').split(',').map((figure) => figure.trim()),
);
const wanted = (figure: number) => FIGURES.has(String(figure));

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIRS.chromium, 'manifest.json'))) {
    throw new Error(`No build in ${EXTENSION_DIRS.chromium}: run npm run build first.`);
  }
  const pages = benchPages();
  console.log(`Legible bench: ${pages.length} pages, profile ${JSON.stringify(PROFILE)}`);

  const server = await startPageServer();
  const session = await launchChromium({ extraArgs: BENCH_ARGS }).catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const control = await session.openExtensionPage('/options.html', 'button[role="switch"]');
    const settings = new SettingsWriter(new ExtensionStorage(control));
    const large = serveLargePage(server);

    if (wanted(1)) {
      printConformance(await measureConformance(session.browser, server, settings, pages));
      console.log(`(${elapsed()})`);
    }
    if (wanted(2)) {
      printFrames(await measureFrames(session.browser, server, settings, pages));
      const chromium = { browser: session.browser, settings };
      printBrightFrames(await measureBrightFrames(chromium, server, pages));
      console.log(`(${elapsed()})`);
    }
    if (wanted(3)) {
      printLatency(await measureLatency(session.browser, server, settings, large));
      console.log(`(${elapsed()})`);
    }
    if (wanted(4)) {
      const others = await launchEach([
        launchPlainChromium,
        launchBareChromium,
        launchPeerChromium,
      ]);
      const [plain, bare, peer] = others.map((other) => other.browser) as [
        Browser,
        Browser,
        Browser,
      ];
      try {
        const browsers = { extension: session.browser, settings, plain, bare, peer };
        printCost(await measureCost(browsers, server, [...costPages(pages), large]));
      } finally {
        await Promise.all(others.map((other) => other.close()));
      }
      console.log(`(${elapsed()})`);
    }
    if (wanted(5)) printSize(measureSize());
    if (wanted(6)) {
      printPanel(await measurePanel(session.browser, settings, server, costPages(pages)));
      console.log(`(${elapsed()})`);
    }
    if (wanted(7)) {
      const aids = await measureAidsAgainstBaseline(session.browser, settings, server, pages);
      printAids(aids, BASELINE);
      console.log(`(${elapsed()})`);
    }
    if (wanted(8)) {
      printPopup(await measurePopup(server));
      console.log(`(${elapsed()})`);
    }
    if (wanted(9)) {
      const corpus = pages.filter((page) => page.path.startsWith('/corpus/'));
      printTabs(await measureTabs(session.browser, server, settings, corpus));
      console.log(`(${elapsed()})`);
    }
    if (wanted(10)) {
      const reflowPages = [...pages, large, ...REFLOW_FIXTURES];
      printReflow(await measureReflow(session.browser, settings, server, reflowPages));
      console.log(`(${elapsed()})`);
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`\nBench finished in ${elapsed()}.`);
}

type Launched = { browser: Browser; close(): Promise<void> };

/** Launches each browser in turn; when one fails, closes those already launched. */
async function launchEach(launches: readonly (() => Promise<Launched>)[]): Promise<Launched[]> {
  const launched: Launched[] = [];
  try {
    for (const launch of launches) launched.push(await launch());
    return launched;
  } catch (error) {
    await Promise.all(launched.map((other) => other.close()));
    throw error;
  }
}

/** Figure 7, with the baseline build in a browser of its own when there is one. */
async function measureAidsAgainstBaseline(
  browser: Browser,
  settings: SettingsWriter,
  server: PageServer,
  pages: readonly BenchPage[],
) {
  const current = { browser, settings };
  if (!BASELINE) return measureAids({ current }, server, costPages(pages));
  const other = await launchChromium({ extraArgs: BENCH_ARGS, extensionDir: BASELINE });
  try {
    const control = await other.openExtensionPage('/options.html', 'button[role="switch"]');
    const baseline = {
      browser: other.browser,
      settings: new SettingsWriter(new ExtensionStorage(control)),
    };
    return await measureAids({ current, baseline }, server, costPages(pages));
  } finally {
    await other.close();
  }
}

try {
  await main();
} catch (error) {
  console.error('\nThe bench failed:', error);
  process.exitCode = 1;
}
