/**
 * Figure 5, size: the gzipped size of the code pages load. With readable mode off a
 * page loads what the manifest declares for pages (nothing, since Legible registers
 * its page scripts only while readable mode is on); with it on, it also loads the
 * runtime-registered files (content-scripts/*.js, first-paint-hold.css). Lists both,
 * and any .js file of the build they reference, gzipped at zlib's default level.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIRS } from '@/tests/e2e/support/extension-browser';
import { printTable } from '@/scripts/bench/report';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Files Legible registers at run time while readable mode is on (entrypoints/background/page-scripts.ts). */
function runtimeFiles(dir: string): string[] {
  const scripts = existsSync(join(dir, 'content-scripts'))
    ? readdirSync(join(dir, 'content-scripts'))
    : [];
  return [
    ...scripts.filter((name) => name.endsWith('.js')).map((name) => `content-scripts/${name}`),
    ...(existsSync(join(dir, 'first-paint-hold.css')) ? ['first-paint-hold.css'] : []),
  ];
}

export interface SizeRow {
  /** Loaded by every page ('always') or only while readable mode is on ('on'). */
  when: 'always' | 'on';
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
  const always = new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
  );
  const files = new Set([...always, ...runtimeFiles(dir)]);
  const rows: SizeRow[] = [];
  // A Set iterates over entries added during the loop: referenced chunks are visited too.
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const when = always.has(file) ? 'always' : 'on';
    rows.push({ when, file, bytes: bytes.length, gzipped: gzipSync(bytes).length });
    if (!file.endsWith('.js')) continue;
    for (const chunk of referencedChunks(dir, bytes.toString('utf8'))) files.add(chunk);
  }
  return rows;
}

export function printSize(rows: readonly SizeRow[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
  const total = (when: SizeRow['when'] | null, key: 'bytes' | 'gzipped') =>
    kb(
      rows
        .filter((row) => when === null || row.when === when)
        .reduce((sum, row) => sum + row[key], 0),
    );
  printTable(
    '5. Size of what pages load (.output/chrome-mv3): "always" with readable mode off, all with it on',
    ['loaded', 'file', 'bytes', 'gzipped'],
    [
      ...rows.map((row) => [row.when, row.file, kb(row.bytes), kb(row.gzipped)]),
      ['always', 'TOTAL (readable mode off)', total('always', 'bytes'), total('always', 'gzipped')],
      ['on', 'TOTAL (readable mode on)', total(null, 'bytes'), total(null, 'gzipped')],
    ],
  );
}
