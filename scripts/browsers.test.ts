import { describe, expect, it } from 'vitest';
import {
  badOverrides,
  installAdvice,
  installNotice,
  isNeed,
  mayInstall,
  missingPackages,
  type Exists,
} from '@/scripts/browsers';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const PACKS = '/usr/lib/firefox-esr/browser/extensions';
const RU = `${PACKS}/langpack-ru@firefox-esr.mozilla.org.xpi`;
const BE = `${PACKS}/langpack-be@firefox-esr.mozilla.org.xpi`;
const EVERYTHING = [CHROMIUM, FIREFOX, RU, BE];

/** A machine holding exactly `paths`. */
function machine(...paths: string[]): Exists {
  const present = new Set(paths);
  return (path) => present.has(path);
}

describe('missingPackages', () => {
  it('asks for nothing when every browser and language pack is there', () => {
    expect(missingPackages('test', machine(...EVERYTHING), {})).toEqual([]);
    expect(badOverrides('test', machine(...EVERYTHING), {})).toEqual([]);
  });

  it('asks for everything, in a fixed order, on a bare machine', () => {
    expect(missingPackages('test', machine(), {})).toEqual([
      'chromium',
      'firefox-esr',
      'firefox-esr-l10n-ru',
      'firefox-esr-l10n-be',
    ]);
    // Debian's own paths missing is for apt-get to fix, not a wrong override.
    expect(badOverrides('test', machine(), {})).toEqual([]);
  });

  it('asks for Chromium alone when only it is missing', () => {
    expect(missingPackages('test', machine(FIREFOX, RU, BE), {})).toEqual(['chromium']);
  });

  it('asks for Firefox ESR alone when only it is missing', () => {
    expect(missingPackages('test', machine(CHROMIUM, RU, BE), {})).toEqual(['firefox-esr']);
  });

  it('asks for each missing language pack', () => {
    expect(missingPackages('test', machine(CHROMIUM, FIREFOX), {})).toEqual([
      'firefox-esr-l10n-ru',
      'firefox-esr-l10n-be',
    ]);
    expect(missingPackages('test', machine(CHROMIUM, FIREFOX, RU), {})).toEqual([
      'firefox-esr-l10n-be',
    ]);
  });

  it('needs only Chromium for npm start', () => {
    expect(missingPackages('start', machine(CHROMIUM), {})).toEqual([]);
    expect(missingPackages('start', machine(FIREFOX, RU, BE), {})).toEqual(['chromium']);
    expect(missingPackages('start', machine(), {})).toEqual(['chromium']);
  });
});

describe('CHROMIUM_PATH and FIREFOX_PATH', () => {
  it('count a Chromium elsewhere that exists as present', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    const exists = machine('/opt/chromium/chrome', FIREFOX, RU, BE);
    expect(missingPackages('test', exists, env)).toEqual([]);
    expect(missingPackages('start', exists, env)).toEqual([]);
    expect(badOverrides('test', exists, env)).toEqual([]);
  });

  it('ask for no language packs for a Firefox elsewhere', () => {
    const env = { FIREFOX_PATH: '/opt/firefox/firefox' };
    const exists = machine(CHROMIUM, '/opt/firefox/firefox');
    expect(missingPackages('test', exists, env)).toEqual([]);
    expect(badOverrides('test', exists, env)).toEqual([]);
  });

  it("still ask for the language packs when they name Debian's own Firefox", () => {
    const env = { FIREFOX_PATH: FIREFOX };
    expect(missingPackages('test', machine(CHROMIUM, FIREFOX), env)).toEqual([
      'firefox-esr-l10n-ru',
      'firefox-esr-l10n-be',
    ]);
    expect(missingPackages('test', machine(CHROMIUM), env)).toEqual([
      'firefox-esr',
      'firefox-esr-l10n-ru',
      'firefox-esr-l10n-be',
    ]);
    expect(badOverrides('test', machine(CHROMIUM), env)).toEqual([]);
  });

  it('that point at nothing are reported, since no package would help', () => {
    const env = { CHROMIUM_PATH: '/nonexistent' };
    const exists = machine(FIREFOX, RU, BE);
    expect(missingPackages('test', exists, env)).toEqual([]);
    const [line, ...rest] = badOverrides('test', exists, env);
    expect(rest).toEqual([]);
    expect(line).toContain('CHROMIUM_PATH is set to "/nonexistent", which does not exist');
    expect(line).toContain('unset CHROMIUM_PATH');
  });

  it('matter only for the browsers the command needs', () => {
    const env = { FIREFOX_PATH: '/nonexistent' };
    expect(badOverrides('start', machine(CHROMIUM), env)).toEqual([]);
    expect(badOverrides('test', machine(...EVERYTHING), env)).toHaveLength(1);
  });
});

describe('installing or stopping', () => {
  it('installs only as root with apt-get, unless LEGIBLE_NO_INSTALL=1', () => {
    expect(mayInstall(true, true, {})).toBe(true);
    expect(mayInstall(false, true, {})).toBe(false);
    expect(mayInstall(true, false, {})).toBe(false);
    expect(mayInstall(true, true, { LEGIBLE_NO_INSTALL: '1' })).toBe(false);
  });

  it('names exactly the missing packages in the one command to run', () => {
    const advice = installAdvice(['firefox-esr', 'firefox-esr-l10n-be'], 'test', false);
    const commands = advice.split('\n').filter((line) => line.includes('apt-get'));
    expect(commands).toEqual(['  sudo apt-get install -y firefox-esr firefox-esr-l10n-be']);
    expect(advice).toContain('Not installed: firefox-esr, firefox-esr-l10n-be (npm test ');
    expect(advice).not.toContain('chromium,');
    expect(advice).not.toContain('l10n-ru');
  });

  it('leaves out sudo for root', () => {
    const advice = installAdvice(['chromium'], 'start', true);
    expect(advice).toContain('\n  apt-get install -y chromium\n');
    expect(advice).not.toContain('sudo');
    expect(advice).toContain('npm start opens the demo page in Chromium');
  });

  it('says what it installs and why in one line', () => {
    const notice = installNotice(['chromium', 'firefox-esr-l10n-ru'], 'test');
    expect(notice.split('\n')).toHaveLength(1);
    expect(notice).toMatch(
      /^Installing chromium firefox-esr-l10n-ru from Debian's packages: npm test/,
    );
  });

  it('knows only test and start', () => {
    expect(isNeed('test')).toBe(true);
    expect(isNeed('start')).toBe(true);
    expect(isNeed('bench')).toBe(false);
    expect(isNeed(undefined)).toBe(false);
  });
});
