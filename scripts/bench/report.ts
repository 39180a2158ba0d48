/**
 * Plain-text tables and the few statistics the benchmark prints. Figures go to stdout
 * as aligned columns so that two runs can be compared by eye or with diff.
 */

export type Cell = string | number;

/** Prints a titled table: the first column left-aligned, the figures right-aligned. */
export function printTable(title: string, headers: readonly string[], rows: readonly Cell[][]) {
  const text = rows.map((row) => row.map(String));
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...text.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  text.forEach((row) => console.log(line(row)));
}

/** `part` of `whole` as a percentage with one decimal, or "-" when there is nothing. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

/** A number with fixed decimals, or "-" when it is not finite. */
export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

/** The first line of an error's message, for a "failed to load" cell. */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 80);
}

/** Lists the pages that did not load and were skipped. */
export function printFailures(rows: readonly { name: string; error?: string | undefined }[]) {
  for (const { name, error } of rows) {
    if (error !== undefined) console.log(`  ${name}: failed to load (${error}); skipped`);
  }
}

/** Where a ratio without a target counts as "no change" (figures 6 and 7). */
export const OK_RATIO = 1.05;

/** `value / base` to two places, marked "ok" at or under OK_RATIO; "-" when undefined. */
export function markedRatio(value: number, base: number): string {
  const r = value / base;
  if (!Number.isFinite(r)) return '-';
  return r <= OK_RATIO ? `${r.toFixed(2)} ok` : r.toFixed(2);
}
