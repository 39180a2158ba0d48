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
import { excludeMatchesFor as patternsFor } from '@/entrypoints/background/page-scripts';
import { type Registration, syncRegistrations } from '@/entrypoints/background/registrations';
import { holdSchemeFor } from '@/features/color-scheme/color-scheme';
import { holdFile } from '@/features/color-scheme/first-paint-hold';
import { settingsForSite, siteMode, type SiteTable } from '@/settings/site-choices';
import type { ColorSchemeId, Settings } from '@/settings/schema';

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

/**
 * Brings the registered holds in step with the settings (registrations.ts: with no
 * moment in which a page that loads gets none).
 */
export function syncFirstPaintHolds(settings: Settings, sites: SiteTable): Promise<void> {
  return syncRegistrations(holdRegistrations(settings, sites), isHold);
}
