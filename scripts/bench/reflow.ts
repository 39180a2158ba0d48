/**
 * Figure 10, reflow (WCAG 1.4.10, issue 16): per page, whether readable mode makes the
 * page scroll sideways where it did not, and how many text elements it newly clips
 * (tests/e2e/support/reflow.ts says how both are read). Each page is loaded at 1280 px,
 * at 360 px, and at 1280 px then narrowed to 360 px, once with readable mode off and
 * once with each configuration: the bench profile, and 200 % with WCAG 1.4.12 spacing.
 * Target: 0 everywhere. Cells read "+px/clipped"; "0/0" is the target.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PageServer } from '@/tests/e2e/support/page-server';
import { readReflow, reflowChange, type ReflowReading } from '@/tests/e2e/support/reflow';
import { applySettings, eachPage } from '@/scripts/bench/loads';
import { printFailures, printTable, type Cell } from '@/scripts/bench/report';
import {
  OFF,
  PROFILE,
  navigate,
  settle,
  type BenchPage,
  type SettingsWriter,
} from '@/scripts/bench/session';

const NARROW = { width: 360, height: 740 } as const;
const WIDE = { width: 1280, height: 900 } as const;

/** How each load reaches its width: loaded there, or loaded wide and then narrowed. */
const WIDTHS = {
  '1280 px': { load: WIDE },
  '360 px': { load: NARROW },
  '1280→360 px': { load: WIDE, then: NARROW },
} as const;
type Width = keyof typeof WIDTHS;

export const REFLOW_CONFIGS = {
  profile: PROFILE,
  'wcag 200%': {
    ...PROFILE,
    fontScale: 2,
    letterSpacing: 0.12,
    wordSpacing: 0.16,
    lineHeight: 1.5,
    paragraphSpacing: 2,
  },
} as const;
type Config = keyof typeof REFLOW_CONFIGS;

/** The fixture made for reflow and the strict-CSP page, beside the bench's pages. */
export const REFLOW_FIXTURES: readonly BenchPage[] = [
  { name: 'fixture/reflow', path: '/fixtures/pages/reflow.html' },
  { name: 'fixture/csp', path: '/fixtures/pages/csp.html' },
];

/** Per configuration and width: pixels of sideways scrolling added, text elements clipped. */
type Cells = Record<Config, Record<Width, { widenedBy: number; clipped: number }>>;

export interface ReflowRow {
  page: BenchPage;
  cells?: Cells;
  error?: string;
}

async function load(browser: Browser, url: string, width: Width): Promise<ReflowReading> {
  const page: Page = await browser.newPage();
  try {
    const { load: first, then } = WIDTHS[width] as { load: typeof WIDE; then?: typeof NARROW };
    await page.setViewport(first);
    await navigate(page, url);
    await settle(page);
    if (then) {
      await page.setViewport(then);
      await settle(page);
    }
    return await readReflow(page);
  } finally {
    await page.close();
  }
}

export async function measureReflow(
  browser: Browser,
  settings: SettingsWriter,
  server: PageServer,
  pages: readonly BenchPage[],
): Promise<ReflowRow[]> {
  const widths = Object.keys(WIDTHS) as Width[];
  const rows = await eachPage(server, pages, async (url) => {
    await applySettings(settings, OFF);
    const off = {} as Record<Width, ReflowReading>;
    for (const width of widths) off[width] = await load(browser, url, width);
    const cells = {} as Cells;
    for (const config of Object.keys(REFLOW_CONFIGS) as Config[]) {
      await applySettings(settings, REFLOW_CONFIGS[config]);
      cells[config] = {} as Cells[Config];
      for (const width of widths) {
        const change = reflowChange(off[width], await load(browser, url, width));
        cells[config][width] = { widenedBy: change.widenedBy, clipped: change.newlyClipped.length };
      }
    }
    return cells;
  });
  return rows.map(({ page, result, error }) => ({ page, cells: result, error }));
}

export function printReflow(rows: readonly ReflowRow[]): void {
  const columns = (Object.keys(REFLOW_CONFIGS) as Config[]).flatMap((config) =>
    (Object.keys(WIDTHS) as Width[]).map((width) => ({ config, width })),
  );
  const table: Cell[][] = [];
  const totals = columns.map(({ config, width }) => ({ config, width, widened: 0, clipped: 0 }));
  for (const { page, cells } of rows) {
    if (!cells) continue;
    table.push([
      page.name,
      ...totals.map((total) => {
        const { widenedBy, clipped } = cells[total.config][total.width];
        total.widened += widenedBy > 0 ? 1 : 0;
        total.clipped += clipped;
        return `+${widenedBy}/${clipped}`;
      }),
    ]);
  }
  table.push([
    'pages widened / elements clipped',
    ...totals.map(({ widened, clipped }) => `${widened}/${clipped}`),
  ]);
  printTable(
    '10. Reflow: sideways scrolling readable mode added (px) / text elements it newly ' +
      'clipped, per configuration and width (1280→360: loaded at 1280, then narrowed); target 0/0',
    ['page', ...columns.map(({ config, width }) => `${config} ${width}`)],
    table,
  );
  printFailures(rows.map((row) => ({ name: row.page.name, error: row.error })));
}
