/**
 * Registers the first-paint hold (features/color-scheme/first-paint-hold.ts) while readable
 * mode is on: the hold of the user's scheme on every page, and on each site with a scheme
 * of its own (per-site settings) that scheme's hold instead, so that what the browser
 * paints before Legible's sheet is in is the background the page is about to get. Sites
 * turned off get none, as they get no content script (page-scripts.ts).
 *
 * One registration per hold in use: the user's scheme's for all pages but the sites left
 * out, and one per other scheme for the sites that chose it. The browser refuses a whole
 * registration for one invalid pattern, so a site whose key makes none keeps the user's
 * scheme's hold (as it stays on where it was meant to be off).
 */
import { browser, type Browser } from 'wxt/browser';
import { excludeMatchesFor as patternsFor } from '@/entrypoints/background/page-scripts';
import { holdSchemeFor } from '@/features/color-scheme/color-scheme';
import { holdFile } from '@/features/color-scheme/first-paint-hold';
import { settingsForSite, siteMode, type SiteTable } from '@/settings/site-choices';
import type { ColorSchemeId, Settings } from '@/settings/schema';

type Registration = Browser.scripting.RegisteredContentScript;

/** The id of the user's scheme's hold; the per-site ones add their scheme to it. */
export const HOLD_ID = 'legible-first-paint-hold';

const isHold = (id: string) => id === HOLD_ID || id.startsWith(`${HOLD_ID}-`);

function hold(id: string, scheme: ColorSchemeId, patterns: Partial<Registration>): Registration {
  return {
    id,
    matches: ['<all_urls>'],
    runAt: 'document_start',
    allFrames: true,
    css: [holdFile(scheme)],
    ...patterns,
  };
}

/** The hold registrations these settings want: none while readable mode is off. */
export function holdRegistrations(settings: Settings, sites: SiteTable): Registration[] {
  if (!settings.enabled) return [];
  const scheme = holdSchemeFor(settings);
  const leftOut: string[] = [];
  const sitesOf = new Map<ColorSchemeId, string[]>();
  for (const site of Object.keys(sites)) {
    const mode = siteMode(sites, site);
    if (mode === 'off') leftOut.push(site);
    if (mode !== 'own') continue;
    const own = holdSchemeFor(settingsForSite(settings, sites, site));
    if (own === scheme) continue;
    leftOut.push(site);
    sitesOf.set(own, [...(sitesOf.get(own) ?? []), site]);
  }
  const excludeMatches = patternsFor(leftOut);
  const registrations = [
    hold(HOLD_ID, scheme, excludeMatches.length > 0 ? { excludeMatches } : {}),
  ];
  for (const [own, ownSites] of [...sitesOf].sort(([a], [b]) => a.localeCompare(b))) {
    const matches = patternsFor(ownSites);
    if (matches.length > 0) registrations.push(hold(`${HOLD_ID}-${own}`, own, { matches }));
  }
  return registrations;
}

/** Whether the browser's registration already is `wanted` (it may drop a leading slash). */
function isAsWanted(current: Registration, wanted: Registration): boolean {
  const files = (list?: string[]) => (list ?? []).map((file) => file.replace(/^\//, ''));
  const same = (a?: string[], b?: string[]) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (
    same(files(current.css), files(wanted.css)) &&
    same(current.matches, wanted.matches) &&
    same(current.excludeMatches, wanted.excludeMatches)
  );
}

/**
 * Brings the registered holds in step with the settings. The new ones go in first and the
 * stale ones go last, so a page that loads meanwhile gets one hold or two, never none.
 */
export async function syncFirstPaintHolds(settings: Settings, sites: SiteTable): Promise<void> {
  const wanted = holdRegistrations(settings, sites);
  const current = (await browser.scripting.getRegisteredContentScripts()).filter(({ id }) =>
    isHold(id),
  );
  const byId = new Map(current.map((registration) => [registration.id, registration]));
  const missing = wanted.filter(({ id }) => !byId.has(id));
  const changed = wanted.filter((registration) => {
    const registered = byId.get(registration.id);
    return registered !== undefined && !isAsWanted(registered, registration);
  });
  const stale = current.filter(({ id }) => !wanted.some((w) => w.id === id)).map(({ id }) => id);
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
  if (changed.length > 0) {
    // An excluded list that is no longer wanted must be emptied, not left out.
    await browser.scripting.updateContentScripts(
      changed.map((registration) => ({ excludeMatches: [], ...registration })),
    );
  }
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
}
