/**
 * Figure 1, conformance: the share of visible text elements that take each setting of
 * the profile, and whether icon glyphs keep their font. Every page is loaded once with
 * readable mode off (original sizes and fonts) and once with the profile on; the
 * in-page checker is in conformance-page.ts.
 */
import type { Browser } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import {
  CHECKS,
  inspectText,
  type Check,
  type Expected,
  type OffElement,
  type OnResult,
} from '@/scripts/bench/conformance-page';
import { percent, printFailures, printTable, reason, type Cell } from '@/scripts/bench/report';
import {
  BLUE,
  LoadFailure,
  OFF,
  PROFILE,
  settle,
  withLoadedPage,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

/** What the profile asks for. Arial's stack starts with "Arial" (PRODUCT.md, font ids). */
const EXPECTED: Expected = {
  family: 'Arial',
  scale: PROFILE.fontScale,
  letterSpacing: PROFILE.letterSpacing,
  wordSpacing: PROFILE.wordSpacing,
  lineHeight: PROFILE.lineHeight,
  color: BLUE.text,
  background: BLUE.background,
};

export interface ConformanceRow {
  page: BenchPage;
  result?: OnResult;
  error?: string;
}

/** All "off" loads first, then all "on" loads: two settings writes for the whole pass. */
export async function measureConformance(
  browser: Browser,
  server: PageServer,
  settings: SettingsWriter,
  pages: readonly BenchPage[],
): Promise<ConformanceRow[]> {
  const rows: ConformanceRow[] = pages.map((page) => ({ page }));
  const offs = new Map<string, OffElement[]>();
  const inspect = (page: BenchPage, off: OffElement[] | null) =>
    withLoadedPage(browser, server.url(page.path), async (tab) => {
      await settle(tab);
      return tab.evaluate(inspectText, off, EXPECTED);
    });
  const attempt = async (row: ConformanceRow, run: () => Promise<void>) => {
    if (row.error) return;
    try {
      await run();
    } catch (error) {
      if (!(error instanceof LoadFailure)) throw error;
      row.error = reason(error);
    }
  };

  await settings.write(OFF);
  for (const row of rows) {
    await attempt(row, async () => {
      offs.set(row.page.path, (await inspect(row.page, null)) as OffElement[]);
    });
  }
  await settings.write(PROFILE);
  for (const row of rows) {
    await attempt(row, async () => {
      row.result = (await inspect(row.page, offs.get(row.page.path) ?? [])) as OnResult;
    });
  }
  return rows;
}

const HEADERS = ['page', 'text', ...CHECKS, 'unmatched', 'icons', 'broken icons'];

function cells(name: string, r: OnResult): Cell[] {
  return [
    name,
    r.text,
    ...CHECKS.map((check) => percent(r.pass[check], r.text)),
    r.unmatched,
    r.icons,
    r.brokenIcons,
  ];
}

export function printConformance(rows: readonly ConformanceRow[]): void {
  const total: OnResult = {
    text: 0,
    pass: Object.fromEntries(CHECKS.map((check) => [check, 0])) as Record<Check, number>,
    unmatched: 0,
    icons: 0,
    brokenIcons: 0,
  };
  const table: Cell[][] = [];
  for (const { page, result } of rows) {
    if (!result) continue;
    table.push(cells(page.name, result));
    total.text += result.text;
    total.unmatched += result.unmatched;
    total.icons += result.icons;
    total.brokenIcons += result.brokenIcons;
    for (const check of CHECKS) total.pass[check] += result.pass[check];
  }
  table.push(cells(`TOTAL (${rows.filter((r) => r.result).length} pages)`, total));
  printTable(
    '1. Conformance: % of visible text elements (icons excluded) that take each setting ' +
      '(target 100%); broken icons = icon font changed (target 0)',
    HEADERS,
    table,
  );
  console.log(
    'Totals count elements, not pages. "unmatched": off-load elements with no element of ' +
      'the same tag at their index on the on load (counted as not conforming).',
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
