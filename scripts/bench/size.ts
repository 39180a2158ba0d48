/**
 * Figure 5, size: the gzipped size of the code every page loads. The content script
 * runs on every site (README: "the code that runs on every page stays small"), so its
 * bytes are paid on every page load. Lists the content scripts the built manifest
 * declares and any other .js file of the build that they reference (chunks loaded by
 * dynamic import), each gzipped at zlib's default level.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIRS } from '@/tests/e2e/support/extension-browser';
import { printTable } from '@/scripts/bench/report';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export interface SizeRow {
  file: string;
  bytes: number;
  gzipped: number;
}

/** Chunks of the build named inside `source` (e.g. "chunks/x-1234.js"). */
function referencedChunks(dir: string, source: string): string[] {
  const names = source.match(/[\w\-./]+\.js\b/g) ?? [];
  return names
    .map((name) => normalize(name).replace(/^(\.\.?\/)+|^\//, ''))
    .filter((file) => /^(chunks|content-scripts)\//.test(file) && existsSync(join(dir, file)));
}

export function measureSize(dir = EXTENSION_DIRS.chromium): SizeRow[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const files = new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
  );
  const rows: SizeRow[] = [];
  // A Set iterates over entries added during the loop: referenced chunks are visited too.
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    rows.push({ file, bytes: bytes.length, gzipped: gzipSync(bytes).length });
    if (!file.endsWith('.js')) continue;
    for (const chunk of referencedChunks(dir, bytes.toString('utf8'))) files.add(chunk);
  }
  return rows;
}

export function printSize(rows: readonly SizeRow[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
  const total = rows.reduce((sum, row) => sum + row.gzipped, 0);
  printTable(
    '5. Size of what every page loads (.output/chrome-mv3)',
    ['file', 'bytes', 'gzipped'],
    [
      ...rows.map((row) => [row.file, kb(row.bytes), kb(row.gzipped)]),
      ['TOTAL', kb(rows.reduce((sum, row) => sum + row.bytes, 0)), kb(total)],
    ],
  );
}
