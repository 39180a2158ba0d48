import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import {
  HOLD_ID,
  holdRegistrations,
  syncFirstPaintHolds,
} from '@/entrypoints/background/first-paint-hold';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { Settings } from '@/settings/schema';
import { SITE_OFF, type SiteTable } from '@/settings/site-choices';

type Registration = Browser.scripting.RegisteredContentScript;

const ON: Settings = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'green' };

/** A match pattern Chrome accepts for a web site: scheme, one host, a path. */
const VALID_PATTERN = /^\*:\/\/(\d+(\.\d+){3}|[a-z0-9-]+(\.[a-z0-9-]+)*)\/\*$/;

/**
 * The browser's registered content scripts, as strict as Chrome about what it is asked:
 * a duplicate or unknown id, or an invalid pattern, refuses the whole call. It records
 * the calls in order.
 */
function fakeScripting() {
  const registered = new Map<string, Registration>();
  const calls: string[] = [];
  const check = (list: readonly Registration[]) => {
    for (const { matches = [], excludeMatches = [] } of list) {
      for (const pattern of [...matches, ...excludeMatches]) {
        if (pattern !== '<all_urls>' && !VALID_PATTERN.test(pattern)) {
          throw new Error(`Invalid pattern ${pattern}`);
        }
      }
    }
  };
  return {
    registered,
    calls,
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (list: Registration[]) => {
        check(list);
        if (list.some(({ id }) => registered.has(id))) throw new Error('Duplicate id');
        for (const registration of list) registered.set(registration.id, registration);
        calls.push(`register ${list.map(({ id }) => id).join(' ')}`);
      },
      updateContentScripts: async (list: Registration[]) => {
        check(list);
        if (list.some(({ id }) => !registered.has(id))) throw new Error('No such id');
        for (const update of list) {
          registered.set(update.id, { ...registered.get(update.id)!, ...update });
        }
        calls.push(`update ${list.map(({ id }) => id).join(' ')}`);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
        calls.push(`unregister ${ids.join(' ')}`);
      },
    },
  };
}

describe('holdRegistrations', () => {
  it('registers nothing while readable mode is off', () => {
    expect(
      holdRegistrations({ ...ON, enabled: false }, { 'a.example': { colorScheme: 'blue' } }),
    ).toEqual([]);
  });

  it("gives every page the user's scheme's hold, in every frame, before the page is parsed", () => {
    expect(holdRegistrations(ON, {})).toEqual([
      {
        id: HOLD_ID,
        matches: ['<all_urls>'],
        runAt: 'document_start',
        allFrames: true,
        css: ['/first-paint-hold-green.css'],
      },
    ]);
    expect(holdRegistrations({ ...ON, colorScheme: 'original' }, {})[0]?.css).toEqual([
      '/first-paint-hold.css',
    ]);
  });

  it("gives sites with a scheme of their own that scheme's hold, and sites turned off none", () => {
    const sites: SiteTable = {
      'blue.example': { colorScheme: 'blue' },
      'own.example': { colorScheme: 'original' },
      'same.example': { colorScheme: 'green', fontScale: 2 },
      'font.example': { fontScale: 2 },
      'dark-own.example': { customColors: true, customBackground: '#101010' },
      'off.example': SITE_OFF,
      '10.0.0.1': { colorScheme: 'blue' },
    };
    const registrations = holdRegistrations(ON, sites);
    expect(
      registrations.map(({ id, css, matches, excludeMatches }) => ({
        id,
        css,
        matches,
        excludeMatches,
      })),
    ).toEqual([
      {
        id: HOLD_ID,
        css: ['/first-paint-hold-green.css'],
        matches: ['<all_urls>'],
        excludeMatches: [
          '*://10.0.0.1/*',
          '*://blue.example/*',
          '*://www.blue.example/*',
          '*://dark-own.example/*',
          '*://www.dark-own.example/*',
          '*://off.example/*',
          '*://www.off.example/*',
          '*://own.example/*',
          '*://www.own.example/*',
        ],
      },
      {
        id: `${HOLD_ID}-blue`,
        css: ['/first-paint-hold-blue.css'],
        matches: ['*://10.0.0.1/*', '*://blue.example/*', '*://www.blue.example/*'],
        excludeMatches: undefined,
      },
      {
        id: `${HOLD_ID}-original`,
        css: ['/first-paint-hold.css'],
        matches: ['*://own.example/*', '*://www.own.example/*'],
        excludeMatches: undefined,
      },
      {
        id: `${HOLD_ID}-white-on-black`,
        css: ['/first-paint-hold-white-on-black.css'],
        matches: ['*://dark-own.example/*', '*://www.dark-own.example/*'],
        excludeMatches: undefined,
      },
    ]);
  });

  it('makes no pattern the browser would refuse from a key that names no site', () => {
    const sites: SiteTable = { '*.example': { colorScheme: 'blue' }, 'a b': SITE_OFF, '': {} };
    const registrations = holdRegistrations(ON, sites);
    expect(registrations).toHaveLength(1);
    expect(registrations[0]?.excludeMatches).toBeUndefined();
  });
});

describe('syncFirstPaintHolds', () => {
  let browser: ReturnType<typeof fakeScripting>;
  beforeEach(() => {
    browser = fakeScripting();
    Object.assign(fakeBrowser, { scripting: browser.scripting });
  });

  it('registers, follows the scheme and the sites, and leaves nothing when readable mode goes off', async () => {
    const content = { id: 'legible-content', matches: ['<all_urls>'], js: ['/content.js'] };
    browser.registered.set(content.id, content);

    await syncFirstPaintHolds(ON, {});
    expect(browser.registered.get(HOLD_ID)?.css).toEqual(['/first-paint-hold-green.css']);

    await syncFirstPaintHolds({ ...ON, colorScheme: 'white-on-black' }, {});
    expect(browser.registered.get(HOLD_ID)?.css).toEqual(['/first-paint-hold-white-on-black.css']);

    await syncFirstPaintHolds(ON, { 'blue.example': { colorScheme: 'blue' } });
    expect(browser.registered.get(HOLD_ID)?.excludeMatches).toEqual([
      '*://blue.example/*',
      '*://www.blue.example/*',
    ]);
    expect(browser.registered.get(`${HOLD_ID}-blue`)?.matches).toEqual([
      '*://blue.example/*',
      '*://www.blue.example/*',
    ]);

    await syncFirstPaintHolds(ON, {});
    expect(browser.registered.get(HOLD_ID)?.excludeMatches).toEqual([]);
    expect(browser.registered.has(`${HOLD_ID}-blue`)).toBe(false);

    await syncFirstPaintHolds({ ...ON, enabled: false }, {});
    expect([...browser.registered.keys()]).toEqual(['legible-content']);
  });

  it('adds the new hold before changing or removing the old, so no page loads unheld', async () => {
    await syncFirstPaintHolds(ON, {});
    browser.calls.length = 0;
    await syncFirstPaintHolds(ON, { 'blue.example': { colorScheme: 'blue' } });
    expect(browser.calls).toEqual([`register ${HOLD_ID}-blue`, `update ${HOLD_ID}`]);
    browser.calls.length = 0;
    await syncFirstPaintHolds(ON, { 'blue.example': { colorScheme: 'beige' } });
    expect(browser.calls).toEqual([`register ${HOLD_ID}-beige`, `unregister ${HOLD_ID}-blue`]);
  });

  it('touches nothing when the holds are already as wanted (the browser drops the leading slash)', async () => {
    browser.registered.set(HOLD_ID, {
      id: HOLD_ID,
      matches: ['<all_urls>'],
      css: ['first-paint-hold-green.css'],
    });
    await syncFirstPaintHolds(ON, { 'font.example': { fontScale: 2 } });
    expect(browser.calls).toEqual([]);
  });
});
