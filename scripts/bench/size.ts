/**
 * Figure 5, size: the gzipped size of the code pages load. With readable mode off a
 * page loads what the manifest declares for pages ("always": nothing, since Legible
 * registers its page scripts only while readable mode is on); with it on, it also loads
 * the runtime-registered files ("on": content-scripts/*.js but the panel's and read
 * aloud's, first-paint-hold.css); with the panel shown, also content-scripts/panel.js
 * ("panel"); once the reader opens the panel's reading aids, content-scripts/
 * reading-aids.js ("reading aids", injected on demand: entrypoints/background/
 * reading-aids-loader.ts); only in a top frame where the reading guide is on,
 * content-scripts/reading-guide.js ("reading guide", injected on demand:
 * entrypoints/background/reading-guide-script.ts); only in frames where calm pages is on,
 * content-scripts/calm-pages.js ("calm pages", registered or injected only there:
 * entrypoints/background/calm-pages-script.ts); only in a tab where read aloud was
 * asked for, content-scripts/speech.js ("read aloud", injected on demand:
 * entrypoints/background/speech-relay.ts). Lists them all, and any .js file of the
 * build they reference (under the first category that loads it, marked "later": loaded
 * when that script asks for it, not with it), gzipped at zlib's default level, with the
 * targets of issue 15 beside the two scripts that have one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIRS } from '@/tests/e2e/support/extension-browser';
import { printTable } from '@/scripts/bench/report';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** The panel's script, registered only while the panel is wanted (entrypoints/background/page-scripts.ts). */
const PANEL_SCRIPT = 'content-scripts/panel.js';
/** Read aloud's script, injected only into a tab where a control asked for it. */
const SPEECH_SCRIPT = 'content-scripts/speech.js';
/** The panel's reading-aids row, injected only when the reader opens it. */
const AIDS_SCRIPT = 'content-scripts/reading-aids.js';
/** The reading guide's script, injected only into a top frame where the guide is on. */
const GUIDE_SCRIPT = 'content-scripts/reading-guide.js';
/** Calm pages' script, only in frames where calm pages is on. */
const CALM_SCRIPT = 'content-scripts/calm-pages.js';
const ON_DEMAND = [PANEL_SCRIPT, AIDS_SCRIPT, SPEECH_SCRIPT, GUIDE_SCRIPT, CALM_SCRIPT];

const KIB = 1024;
/**
 * Issue 15's size targets, gzipped: the content script (every frame while readable mode
 * is on) and the panel's first paint (its script alone, what it loads later apart).
 */
export const SIZE_TARGETS: Readonly<Record<string, number>> = {
  'content-scripts/content.js': 10 * KIB,
  [PANEL_SCRIPT]: 12 * KIB,
};

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

/** When a page loads a file: always, while readable mode is on, with the panel, on demand. */
export const WHEN = [
  'always',
  'on',
  'panel',
  'reading aids',
  'reading guide',
  'calm pages',
  'read aloud',
] as const;
export type When = (typeof WHEN)[number];

export interface SizeRow {
  when: When;
  file: string;
  bytes: number;
  gzipped: number;
  /** Loaded when a script of its category asks for it, not with that script. */
  later: boolean;
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
  const always = (manifest.content_scripts ?? []).flatMap((script) => [
    ...(script.js ?? []),
    ...(script.css ?? []),
  ]);
  const runtime = runtimeFiles(dir).filter((file) => !always.includes(file));
  const roots: Record<When, string[]> = {
    always,
    on: runtime.filter((file) => !ON_DEMAND.includes(file)),
    panel: runtime.filter((file) => file === PANEL_SCRIPT),
    'reading aids': runtime.filter((file) => file === AIDS_SCRIPT),
    'reading guide': runtime.filter((file) => file === GUIDE_SCRIPT),
    'calm pages': runtime.filter((file) => file === CALM_SCRIPT),
    'read aloud': runtime.filter((file) => file === SPEECH_SCRIPT),
  };
  const rows: SizeRow[] = [];
  const seen = new Set<string>();
  // Category by category, so that a chunk is listed under the first one that loads it.
  for (const when of WHEN) {
    const starting = roots[when].filter((file) => !seen.has(file));
    const files = new Set(starting);
    // A Set iterates over entries added during the loop: referenced chunks are visited too.
    for (const file of files) {
      seen.add(file);
      const bytes = readFileSync(join(dir, file));
      const later = !starting.includes(file);
      rows.push({ when, file, bytes: bytes.length, gzipped: gzipSync(bytes).length, later });
      if (!file.endsWith('.js')) continue;
      for (const chunk of referencedChunks(dir, bytes.toString('utf8'))) {
        if (!seen.has(chunk)) files.add(chunk);
      }
    }
  }
  return rows;
}

/** The target beside a file's gzipped size, met or not; empty where it has none. */
export function sizeTarget(row: Pick<SizeRow, 'file' | 'gzipped'>): string {
  const target = SIZE_TARGETS[row.file];
  if (target === undefined) return '';
  return `<= ${target / KIB} KiB ${row.gzipped <= target ? 'met' : 'MISSED'}`;
}

export function printSize(rows: readonly SizeRow[]): void {
  const kb = (bytes: number) => `${(bytes / KIB).toFixed(2)} KiB`;
  /** The files loaded up to and including category `upTo`. */
  const total = (upTo: When, key: 'bytes' | 'gzipped') =>
    kb(
      rows
        .filter((row) => WHEN.indexOf(row.when) <= WHEN.indexOf(upTo))
        .reduce((sum, row) => sum + row[key], 0),
    );
  const totalRow = (when: When, label: string) => [
    when,
    `TOTAL (${label})`,
    total(when, 'bytes'),
    total(when, 'gzipped'),
    '',
  ];
  printTable(
    '5. Size of what pages load (.output/chrome-mv3): "always" with readable mode off, ' +
      '"on" added with it on, "panel" added with the panel shown, "reading aids" added once ' +
      'the panel\'s reading aids are opened, "reading guide" added where the guide is on, ' +
      '"calm pages" added in frames where calm pages is on, "read aloud" added in a tab ' +
      'where read aloud was asked for; "later": loaded when ' +
      'its script asks for it',
    ['loaded', 'file', 'bytes', 'gzipped', 'target (gzipped)'],
    [
      ...rows.map((row) => [
        row.later ? `${row.when}, later` : row.when,
        row.file,
        kb(row.bytes),
        kb(row.gzipped),
        sizeTarget(row),
      ]),
      totalRow('always', 'readable mode off'),
      totalRow('on', 'readable mode on, without the panel'),
      totalRow('panel', 'readable mode on, with the panel'),
      totalRow('reading aids', "with the panel's reading aids"),
      totalRow('reading guide', 'with the reading aids and the reading guide'),
      totalRow('calm pages', 'with the reading aids, the reading guide and calm pages'),
      totalRow('read aloud', 'with the reading aids, the reading guide, calm pages and read aloud'),
    ],
  );
}
