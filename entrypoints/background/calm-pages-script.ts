/**
 * Brings calm pages' script (entrypoints/calm-pages.content/) into the frames where calm
 * pages is on, and into no other:
 * - registered while readable mode is on, in every frame at document_start, for the
 *   pages on which calm pages is on: all but the sites turned off or with calm pages off
 *   in their own settings, or, with calm pages off, only the sites that have it on in
 *   theirs. A page loaded then, and every frame it loads later, runs it before any of
 *   its media can start playing by itself;
 * - injected into the frame whose content script asks for it (features/calm-pages/
 *   calm-pages.ts): pages already open when calm pages comes on. Only Legible's content
 *   scripts can send runtime messages, and the script only does what the settings say.
 */
import type { Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { injectIntoFrame } from '@/entrypoints/background/on-demand-scripts';
import { excludeMatchesFor as patternsFor } from '@/entrypoints/background/page-scripts';
import { type Registration, syncRegistrations } from '@/entrypoints/background/registrations';
import { settingsForSite, siteMode, type SiteTable } from '@/settings/site-choices';
import type { Settings } from '@/settings/schema';
import { isCalmPagesWantedMessage } from '@/utils/protocol';

export const CALM_PAGES_ID = 'legible-calm-pages';
const CALM_PAGES_FILE: ScriptPublicPath = '/content-scripts/calm-pages.js';

/** The registration these settings want: none while readable mode is off or calm pages off everywhere. */
export function calmPagesRegistrations(settings: Settings, sites: SiteTable): Registration[] {
  if (!settings.enabled) return [];
  /** The sites where calm pages is not as the user's own settings say. */
  const otherwise = Object.keys(sites).filter((site) => {
    const mode = siteMode(sites, site);
    if (mode === 'off') return settings.calmPages;
    return (
      mode === 'own' && settingsForSite(settings, sites, site).calmPages !== settings.calmPages
    );
  });
  const patterns = patternsFor(otherwise);
  const script = { id: CALM_PAGES_ID, js: [CALM_PAGES_FILE], runAt: 'document_start' as const };
  if (settings.calmPages) {
    const excluded = patterns.length > 0 ? { excludeMatches: patterns } : {};
    return [{ ...script, matches: ['<all_urls>'], allFrames: true, ...excluded }];
  }
  return patterns.length > 0 ? [{ ...script, matches: patterns, allFrames: true }] : [];
}

export function syncCalmPagesScript(settings: Settings, sites: SiteTable): Promise<void> {
  return syncRegistrations(calmPagesRegistrations(settings, sites), (id) => id === CALM_PAGES_ID);
}

export function injectCalmPages(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<void> | undefined {
  const { tab, frameId } = sender;
  if (!isCalmPagesWantedMessage(message) || tab?.id === undefined || frameId === undefined)
    return undefined;
  // At once: the frame's media may be about to play.
  return injectIntoFrame(tab.id, frameId, CALM_PAGES_FILE, true).then(
    () => undefined,
    // The frame went away meanwhile, or is one no extension may change.
    () => undefined,
  );
}
