/**
 * Figure 9, many tabs: with TABS tabs open (the corpus pages, then again with another
 * query string), readable mode switched on restyles every tab within 2 s, and switched
 * off leaves every tab as it was without Legible within 1 s. Both times run from the
 * storage.sync write (as the popup's switch makes it) to the last tab done; most tabs
 * are in the background, as they would be.
 *
 * Each tab watches itself (a MutationObserver added from the automation protocol, in the
 * page's own world, so it sees what the page sees): "restyled" is the profile's blue
 * scheme on the body; "as without Legible" is the end-to-end tests' check (restyling and
 * readable-mode suites): the markup, style attributes aside, exactly what it was before
 * readable mode went on: no mark, no element, no sheet of Legible's left.
 *
 * Memory: the renderer processes' total (proportional set size, from /proc: Linux only)
 * and the JS heap the tabs' isolates use (CDP Runtime.getHeapUsage after
 * HeapProfiler.collectGarbage, each renderer counted once), with readable mode on (all
 * tabs restyled) against the same tabs before it went on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { fixed, median, printTable } from '@/scripts/bench/report';
import {
  BLUE,
  OFF,
  PROFILE,
  navigate,
  newTab,
  settle,
  sleep,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

const TABS = Number(process.env.BENCH_TABS ?? 30);
const ROUNDS = Number(process.env.BENCH_TABS_ROUNDS ?? 3);
const ON_TARGET_MS = 2000;
const OFF_TARGET_MS = 1000;
/** Longer than any target: a tab not done by then is reported as such. */
const WAIT_MS = 10_000;

interface TabWatch {
  phase: 'on' | 'off' | 'idle';
  original: string;
  restyledAt?: number;
  cleanAt?: number;
}

/** Installed in each tab: notes when it is restyled, and when it is back as it was. */
function watchTab(blue: string): void {
  const markup = () => document.documentElement.outerHTML.replace(/ style="[^"]*"/g, '');
  const watch: TabWatch = { phase: 'idle', original: markup() };
  (globalThis as { __benchTab?: TabWatch }).__benchTab = watch;
  const look = () => {
    if (watch.phase === 'on' && watch.restyledAt === undefined) {
      if (getComputedStyle(document.body).backgroundColor === blue) watch.restyledAt = Date.now();
    } else if (watch.phase === 'off' && watch.cleanAt === undefined) {
      if (markup() === watch.original) watch.cleanAt = Date.now();
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

function setPhase(page: Page, phase: TabWatch['phase']): Promise<void> {
  return page.evaluate((phase) => {
    const watch = (globalThis as { __benchTab?: TabWatch }).__benchTab;
    if (!watch) return;
    watch.phase = phase;
    delete watch.restyledAt;
    delete watch.cleanAt;
  }, phase);
}

/** When each tab was done (epoch ms), or undefined for a tab not done yet. */
function doneTimes(tabs: readonly Page[], phase: 'on' | 'off'): Promise<(number | undefined)[]> {
  return Promise.all(
    tabs.map((tab) =>
      tab.evaluate((phase) => {
        const watch = (globalThis as { __benchTab?: TabWatch }).__benchTab;
        return phase === 'on' ? watch?.restyledAt : watch?.cleanAt;
      }, phase),
    ),
  );
}

/** Writes `settings` and waits for every tab; milliseconds to the last tab, and how many were done. */
async function timeSwitch(
  tabs: readonly Page[],
  settings: SettingsWriter,
  phase: 'on' | 'off',
): Promise<{ ms: number; done: number }> {
  await Promise.all(tabs.map((tab) => setPhase(tab, phase)));
  const writtenAt = Date.now();
  await settings.write(phase === 'on' ? PROFILE : OFF);
  for (;;) {
    const times = await doneTimes(tabs, phase);
    const done = times.filter((time) => time !== undefined);
    if (done.length === tabs.length || Date.now() - writtenAt > WAIT_MS) {
      return { ms: done.length > 0 ? Math.max(...done) - writtenAt : NaN, done: done.length };
    }
    await sleep(100);
  }
}

/** The pids of the browser's renderer processes (its descendants with --type=renderer). */
function rendererPids(browserPid: number): number[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), parent);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at))
      if (at === browserPid) return true;
    return false;
  };
  return [...commands]
    .filter(([pid, command]) => command.includes('--type=renderer') && descends(pid))
    .map(([pid]) => pid);
}

/** The renderers' proportional set size, in MiB. */
function rendererPss(browserPid: number): number {
  let kib = 0;
  for (const pid of rendererPids(browserPid)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kib += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kib / 1024;
}

/**
 * The JS heap the tabs' isolates use, in MiB: every tab's renderer collects its garbage
 * first, then each is read. Tabs that share a renderer share its isolate, which then
 * reports the same figures to each of them: each distinct reading is counted once.
 */
async function tabsHeap(tabs: readonly Page[]): Promise<{ mib: number; isolates: number }> {
  const sessions = await Promise.all(tabs.map((tab) => tab.createCDPSession()));
  try {
    for (const session of sessions) await session.send('HeapProfiler.collectGarbage');
    const readings = new Map<string, number>();
    for (const session of sessions) {
      const { usedSize, totalSize } = await session.send('Runtime.getHeapUsage');
      readings.set(`${usedSize}/${totalSize}`, usedSize);
    }
    const bytes = [...readings.values()].reduce((sum, used) => sum + used, 0);
    return { mib: bytes / 2 ** 20, isolates: readings.size };
  } finally {
    await Promise.all(sessions.map((session) => session.detach().catch(() => undefined)));
  }
}

export interface TabsResult {
  readonly tabs: number;
  readonly on: Array<{ ms: number; done: number }>;
  readonly off: Array<{ ms: number; done: number }>;
  readonly pss: { without: number; with: number; renderers: number };
  readonly heap: { without: number; with: number; isolates: number };
}

export async function measureTabs(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  pages: readonly BenchPage[],
): Promise<TabsResult> {
  const browserPid = browser.process()?.pid;
  if (browserPid === undefined) throw new Error('figure 9 needs the browser process');
  await settings.write(OFF);
  const tabs: Page[] = [];
  try {
    for (let i = 0; i < TABS; i++) {
      const page = pages[i % pages.length];
      if (!page) break;
      const tab = await newTab(browser);
      tabs.push(tab);
      await navigate(tab, `${server.url(page.path)}?tab=${i}`);
    }
    await Promise.all(tabs.map((tab) => settle(tab)));
    await Promise.all(tabs.map((tab) => tab.evaluate(watchTab, BLUE.background)));
    const heapWithout = await tabsHeap(tabs);
    const pssWithout = rendererPss(browserPid);
    const on: TabsResult['on'] = [];
    const off: TabsResult['off'] = [];
    let heapWith = heapWithout;
    let pssWith = pssWithout;
    for (let round = 0; round < ROUNDS; round++) {
      on.push(await timeSwitch(tabs, settings, 'on'));
      if (round === 0) {
        await sleep(1000);
        heapWith = await tabsHeap(tabs);
        pssWith = rendererPss(browserPid);
      }
      off.push(await timeSwitch(tabs, settings, 'off'));
      await sleep(500);
    }
    return {
      tabs: tabs.length,
      on,
      off,
      pss: { without: pssWithout, with: pssWith, renderers: rendererPids(browserPid).length },
      heap: { without: heapWithout.mib, with: heapWith.mib, isolates: heapWith.isolates },
    };
  } finally {
    await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
  }
}

export function printTabs({ tabs, on, off, pss, heap }: TabsResult): void {
  const row = (name: string, runs: TabsResult['on'], target: number) => {
    const worst = Math.max(...runs.map((run) => run.ms));
    const complete = runs.every((run) => run.done === tabs);
    return [
      name,
      runs
        .map((run) => `${fixed(run.ms, 0)}${run.done < tabs ? ` (${run.done} done)` : ''}`)
        .join(' '),
      fixed(median(runs.map((run) => run.ms)), 0),
      fixed(worst, 0),
      `<= ${target} ms ${complete && worst <= target ? 'ok' : 'OVER'}`,
    ];
  };
  printTable(
    `9. Many tabs: readable mode switched with ${tabs} tabs open (corpus pages), ` +
      'storage write to the last tab done (ms)',
    ['switch', 'each round', 'median', 'max', 'target (every tab)'],
    [
      row('on: every tab restyled', on, ON_TARGET_MS),
      row('off: every tab as without', off, OFF_TARGET_MS),
    ],
  );
  printTable(
    `   Memory Legible adds across the ${tabs} tabs (MiB, readable mode on vs before)`,
    ['measure', 'without', 'with', 'added'],
    [
      [
        `renderers' PSS (${pss.renderers} processes)`,
        fixed(pss.without),
        fixed(pss.with),
        fixed(pss.with - pss.without),
      ],
      [
        `JS heap used (${heap.isolates} isolates)`,
        fixed(heap.without),
        fixed(heap.with),
        fixed(heap.with - heap.without),
      ],
    ],
  );
}
