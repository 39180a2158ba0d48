/**
 * The feature layout's conventions, checked so that the tree cannot drift from them: every
 * settings field has one owner, everything in features/ is registered, every feature has its
 * test and its words, and every path the comments and docs name is really there.
 *
 * Adding a feature: one file or folder in features/ (`features/<id>.ts`, or
 * `features/<id>/<id>.ts` with its helpers beside it), a line in features/index.ts, its test
 * beside it, its labels in en/ru/be (public/_locales/). A field that belongs to no feature goes
 * in NOT_A_FEATURE below, with the reason why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature } from '@/features/feature';
import { FEATURES } from '@/features/index';
import { FIELD_LABELS } from '@/settings/describe-problem';
import { FIELD_SCHEMAS, SETTINGS_FIELDS, type SettingsField } from '@/settings/schema';
import { loadMessages } from '@/tests/support/fake-i18n';

/** Settings fields that are no readability feature's. */
const NOT_A_FEATURE: readonly SettingsField[] = [
  'version', // the settings format's own version, not a choice the user makes
  'enabled', // readable mode itself: it switches all the features on and off
  'panel', // the panel's own state: whether it is shown on pages
  'panelCollapsed', // the panel's own state: shrunk to its slim bar
  'panelAids', // the panel's own state: its second row, the reading aids, shown
];

/** Files in features/ that are no feature: what the features share. */
const INFRASTRUCTURE = [
  'index.ts', // the registry, FEATURES
  'feature.ts', // what a feature is: the Feature interface
  'selectors.ts', // selectors several features' CSS uses
  'stand-ins.ts', // the text stand-ins images and calm-pages put in place of what they hide
];

const LANGS = ['en', 'ru', 'be'] as const;
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ids = new Set(FEATURES.map((feature) => feature.id));

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);

/** Where a feature's definition is: `features/<id>.ts` or `features/<id>/<id>.ts`. */
function definitionPath(id: string): string | null {
  const paths = [`features/${id}.ts`, `features/${id}/${id}.ts`].filter(isFile);
  return paths.length === 1 ? (paths[0] ?? null) : null;
}

/** Every file git knows of, new ones included, that is still there. */
function repoFiles(): string[] {
  const args = ['ls-files', '--cached', '--others', '--exclude-standard'];
  return execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(isFile);
}

/** The comments of a script or style sheet (strings are skipped, so `'//'` starts none). */
function comments(path: string, text: string): string[] {
  const lineComments = !path.endsWith('.css');
  const token =
    /"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`|\/\*[\s\S]*?\*\/|\/\/.*/g;
  return [...text.matchAll(token)]
    .map(([match]) => match)
    .filter((match) => match.startsWith('/*') || (lineComments && match.startsWith('//')));
}

/** Path-like words that start with one of the repository's top-level folders. */
function namedPaths(text: string, folders: readonly string[]): string[] {
  const escaped = folders.map((folder) => folder.replace(/\./g, '\\.')).join('|');
  // Not inside a longer path or a URL: nothing path-like (or `://`) right before it.
  const word = new RegExp(`(?<![\\w./@:~-])(?:${escaped})/[^\\s'"\`()\\[\\],;|]*`, 'g');
  return [...text.matchAll(word)]
    .map(([match]) => match.replace(/#.*$/, '').replace(/[.,):;'"`]+$/, ''))
    .filter((path) => !/[<>*{}$…]/.test(path));
}

/** What the path check reads: the two guides whole, and the scripts' and sheets' comments. */
function proseOf(file: string): string[] {
  if (['CONTRIBUTING.md', 'README.md'].includes(file)) return [readFileSync(file, 'utf8')];
  return /\.(tsx?|css|js)$/.test(file) ? comments(file, readFileSync(file, 'utf8')) : [];
}

/** A file, a folder, or a module named without its extension, as imports are. */
const pathExists = (path: string) =>
  isFile(path) ||
  isDir(path) ||
  (!/\.\w+$/.test(path) && [`${path}.ts`, `${path}.tsx`].some(isFile));

describe('feature conventions', () => {
  const owners = FEATURES.flatMap(({ id, fields }) => fields.map((field) => ({ field, id })));
  const owned = owners.map(({ field }) => field);

  it('every settings field is owned by a feature or listed in NOT_A_FEATURE', () => {
    const orphans = SETTINGS_FIELDS.filter(
      (field) => !owned.includes(field) && !NOT_A_FEATURE.includes(field),
    );
    expect(orphans).toEqual([]);
  });

  it('no settings field has two owners, NOT_A_FEATURE counting as one', () => {
    expect(duplicates([...owned, ...NOT_A_FEATURE])).toEqual([]);
  });

  it('features own only settings fields that exist', () => {
    const unknown = owners.filter(({ field }) => !Object.hasOwn(FIELD_SCHEMAS, field));
    expect(unknown.map(({ field, id }) => `${id}: ${field}`)).toEqual([]);
  });

  it('feature ids are unique and kebab-case', () => {
    expect(duplicates(FEATURES.map((feature) => feature.id))).toEqual([]);
    expect([...ids].filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
  });

  it('everything in features/ is a registered feature, a test or shared infrastructure', () => {
    const strays = readdirSync('features', { withFileTypes: true }).flatMap((entry) => {
      const { name } = entry;
      if (entry.isDirectory()) {
        if (!ids.has(name)) return [`features/${name}/: not in features/index.ts`];
        return isFile(`features/${name}/${name}.ts`) ? [] : [`features/${name}/: no ${name}.ts`];
      }
      const registered = name.endsWith('.ts') && ids.has(name.slice(0, -'.ts'.length));
      const known = registered || name.endsWith('.test.ts') || INFRASTRUCTURE.includes(name);
      return known ? [] : [`features/${name}: not in features/index.ts`];
    });
    expect(strays).toEqual([]);
  });

  it('every registered feature is exported from features/<id>.ts or features/<id>/<id>.ts', async () => {
    const misplaced: string[] = [];
    for (const feature of FEATURES) {
      const path = definitionPath(feature.id);
      const module: Record<string, unknown> = path
        ? await import(/* @vite-ignore */ resolve(path))
        : {};
      if (!Object.values(module).includes(feature)) misplaced.push(`${feature.id}: ${path}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('every feature has a test of its own', () => {
    const hasTest = ({ id }: Feature) =>
      isFile(`features/${id}.ts`)
        ? isFile(`features/${id}.test.ts`)
        : isDir(`features/${id}`) &&
          readdirSync(`features/${id}`).some((f) => f.endsWith('.test.ts'));
    expect(FEATURES.filter((feature) => !hasTest(feature)).map(({ id }) => id)).toEqual([]);
  });

  it("every feature's labels and its fields' labels are in en, ru and be", () => {
    const missing = LANGS.flatMap((lang) => {
      const messages = loadMessages(lang);
      const absent = (key: string | undefined) => !key || !messages[key]?.message.trim();
      return FEATURES.flatMap((feature) => [
        ...feature.labels.filter(absent).map((key) => `${lang}: ${feature.id}: ${key}`),
        ...feature.fields
          .map((field) => [field, FIELD_LABELS[field]] as const)
          .filter(([, key]) => absent(key))
          .map(([field, key]) => `${lang}: ${feature.id}: field ${field}: ${key ?? 'no label'}`),
      ]);
    });
    expect(missing).toEqual([]);
  });

  it('a feature that owns settings fields has a label', () => {
    const unnamed = FEATURES.filter((f) => f.fields.length > 0 && f.labels.length === 0);
    expect(unnamed.map(({ id }) => id)).toEqual([]);
  });

  it("a feature's entrypoint is a folder in entrypoints/", () => {
    const wrong = FEATURES.filter(
      ({ entrypoint }) => entrypoint !== undefined && !isDir(`entrypoints/${entrypoint}`),
    ).map(({ id, entrypoint }) => `${id}: entrypoints/${entrypoint}`);
    expect(wrong).toEqual([]);
  });

  it('every path named in a comment, CONTRIBUTING.md or README.md exists', () => {
    const files = repoFiles();
    const folders = [
      ...new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/')))),
    ];
    const missing = files.flatMap((file) =>
      proseOf(file)
        .flatMap((text) => namedPaths(text, folders))
        .filter((path) => !pathExists(path))
        .map((path) => `${file}: ${path}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
