/**
 * axe-core on Legible's pages and on the panel, closed shadow root and all. axe walks
 * shadow roots through `host.shadowRoot`, which is null for a closed root, so on the
 * panel it would check nothing and pass. For the check, the root (reached as
 * support/shadow-roots.ts does) is lent to the host as its `shadowRoot` in the page's
 * own world, where axe runs, and taken back after: a test page, for the check's length.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { panelRoot, PANEL } from '@/tests/e2e/support/panel';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFindings {
  /** Each violated rule, as "id (nodes): the first node's target". */
  readonly violations: string[];
  /** How many elements axe checked for a name of their own (buttons, lists, fields). */
  readonly named: number;
}

interface AxeResult {
  id: string;
  nodes: Array<{ target: unknown[] }>;
}
interface Axe {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{ violations: AxeResult[]; passes: AxeResult[] }>;
}

const NAME_RULES = ['button-name', 'select-name', 'label', 'aria-command-name'];

/** axe-core's findings in `page`, within `include` (axe's context) or the whole page. */
export async function axeFindings(page: Page, include?: unknown): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(include ? { include } : document, {
      resultTypes: ['violations', 'passes'],
    });
    const brief = (rules: AxeResult[]) =>
      rules.map(({ id, nodes }) => ({ id, count: nodes.length, first: String(nodes[0]?.target) }));
    return { violations: brief(result.violations), passes: brief(result.passes) };
  }, include);
  return {
    violations: violations.map(({ id, count, first }) => `${id} (${count}): ${first}`),
    named: passes
      .filter(({ id }) => NAME_RULES.includes(id))
      .reduce((sum, { count }) => sum + count, 0),
  };
}

/** axe-core's findings in the panel (its closed shadow root lent to axe meanwhile). */
export async function axePanelFindings(page: Page): Promise<AxeFindings> {
  const root = await panelRoot(page);
  if (!root) throw new Error('no panel to check');
  await root.evaluate((root) =>
    Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true }),
  );
  try {
    return await axeFindings(page, [{ fromShadowDom: [PANEL, '.panel'] }]);
  } finally {
    await root.evaluate((root) => delete (root.host as { shadowRoot?: unknown }).shadowRoot);
    await root.dispose();
  }
}
