/**
 * The browsers `npm test` and `npm start` need, checked before either does anything:
 * `browsers.ts test` (Chromium, Firefox ESR and Firefox's Russian and Belarusian
 * language packs) or `browsers.ts start` (Chromium). What is missing is installed from
 * Debian's packages when this runs as root with apt-get; otherwise it stops at once,
 * naming the one command that installs it. `LEGIBLE_NO_INSTALL=1` never installs, as
 * if not root (for CI images that must stay as they are, and to see the message).
 * `CHROMIUM_PATH` and `FIREFOX_PATH` are the same overrides the browsers are launched
 * with (tests/e2e/support/extension-browser.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Need = 'test' | 'start';
export type Env = Readonly<Record<string, string | undefined>>;
export type Exists = (path: string) => boolean;

interface Browser {
  readonly label: string;
  readonly envVar: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  readonly path: string;
  readonly pkg: string;
  /** Files other Debian packages add to this browser, and those packages. */
  readonly extras: readonly { readonly path: string; readonly pkg: string }[];
}

const CHROMIUM: Browser = {
  label: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  path: '/usr/bin/chromium',
  pkg: 'chromium',
  extras: [],
};

// Where Debian's firefox-esr-l10n-* put their packs, and extension-browser.ts copies them from.
const LANGUAGE_PACKS = '/usr/lib/firefox-esr/browser/extensions';

const FIREFOX: Browser = {
  label: 'Firefox ESR',
  envVar: 'FIREFOX_PATH',
  path: '/usr/bin/firefox-esr',
  pkg: 'firefox-esr',
  extras: ['ru', 'be'].map((language) => ({
    path: `${LANGUAGE_PACKS}/langpack-${language}@firefox-esr.mozilla.org.xpi`,
    pkg: `firefox-esr-l10n-${language}`,
  })),
};

const NEEDS: Record<Need, { readonly browsers: readonly Browser[]; readonly why: string }> = {
  test: {
    browsers: [CHROMIUM, FIREFOX],
    why:
      'npm test runs the end-to-end tests in Chromium and Firefox ESR, and the ' +
      "panel's language tests with Firefox's Russian and Belarusian language packs",
  },
  start: { browsers: [CHROMIUM], why: 'npm start opens the demo page in Chromium' },
};

export function isNeed(value: string | undefined): value is Need {
  return value === 'test' || value === 'start';
}

/** The path a browser is launched from, as extension-browser.ts picks it. */
function launchPath(browser: Browser, env: Env): string {
  return env[browser.envVar] ?? browser.path;
}

/** Debian packages to install for `need`, in a fixed order. */
export function missingPackages(need: Need, exists: Exists, env: Env): string[] {
  return NEEDS[need].browsers.flatMap((browser) => {
    // Another browser is its owner's business, language packs included: Debian's packs
    // are built for firefox-esr's exact version (strict_max_version), so no other Firefox
    // loads them. A path that does not exist is reported by badOverrides.
    if (launchPath(browser, env) !== browser.path) return [];
    return [
      ...(exists(browser.path) ? [] : [browser.pkg]),
      ...browser.extras.filter((extra) => !exists(extra.path)).map((extra) => extra.pkg),
    ];
  });
}

/** One line for each override that points at nothing: no package can fix those. */
export function badOverrides(need: Need, exists: Exists, env: Env): string[] {
  return NEEDS[need].browsers.flatMap((browser) => {
    const path = launchPath(browser, env);
    if (path === browser.path || exists(path)) return [];
    const { envVar, label } = browser;
    return [
      `npm ${need} needs ${label}, but ${envVar} is set to "${path}", which does not exist. ` +
        `Point ${envVar} at a ${label}, or run \`unset ${envVar}\` ` +
        `to use Debian's ${browser.path}.`,
    ];
  });
}

/** Installing needs root and apt-get, and nobody saying no. */
export function mayInstall(root: boolean, hasAptGet: boolean, env: Env): boolean {
  return root && hasAptGet && env.LEGIBLE_NO_INSTALL !== '1';
}

export function installNotice(missing: readonly string[], need: Need): string {
  return `Installing ${missing.join(' ')} from Debian's packages: ${NEEDS[need].why}.`;
}

/** The stop-at-once message; `root` drops the sudo, which Debian's root often lacks. */
export function installAdvice(missing: readonly string[], need: Need, root: boolean): string {
  const command = `${root ? '' : 'sudo '}apt-get install -y ${missing.join(' ')}`;
  return [
    `Not installed: ${missing.join(', ')} (${NEEDS[need].why}).`,
    `Install ${missing.length > 1 ? 'them' : 'it'} with:`,
    '',
    `  ${command}`,
    '',
  ].join('\n');
}

function onPath(command: string, env: Env): boolean {
  return (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

function aptGet(args: readonly string[]): void {
  const result = spawnSync('apt-get', args, {
    // -qq still lists every unpacked package on stdout; errors come on stderr.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed.`);
    process.exit(1);
  }
}

function main(arg: string | undefined): void {
  if (!isNeed(arg)) {
    console.error('Usage: browsers.ts test|start');
    process.exit(1);
  }
  const bad = badOverrides(arg, existsSync, process.env);
  if (bad.length > 0) {
    console.error(bad.join('\n'));
    process.exit(1);
  }
  const missing = missingPackages(arg, existsSync, process.env);
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  if (!mayInstall(root, onPath('apt-get', process.env), process.env)) {
    console.error(installAdvice(missing, arg, root));
    process.exit(1);
  }
  console.log(installNotice(missing, arg));
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', ...missing]);
  const still = missingPackages(arg, existsSync, process.env);
  if (still.length > 0) {
    console.error(`apt-get finished, but these are still missing: ${still.join(', ')}.`);
    process.exit(1);
  }
}

// vite-node gives a script no way to tell it is the entry (process.argv[1] is vite-node's
// own CLI), so the check runs unless Vitest is the one importing this file.
if (!process.env.VITEST) main(process.argv[2]);
