/**
 * Puts Legible into pages only while readable mode is on. Nothing is declared in the
 * manifest for pages: while readable mode is on, the background registers
 * - the first-paint hold, which the browser injects before the page is parsed, so no
 *   frame of the unstyled page is painted while the settings are read (asynchronously,
 *   as every storage read is): one per colour scheme in use, see first-paint-hold.ts,
 * - the content script (the restyling engine), in every frame, and
 * - the panel script (top frame only), while the panel is wanted,
 * and injects each script into the tabs already open when it is registered. When they
 * are no longer wanted they are unregistered and each running copy stops itself, so a
 * page loaded with readable mode off gets nothing at all: no script, no listener.
 * Sites the user turned off are excluded from every registration in the same way.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { siteKey, siteKeyOf } from '@/settings/site-choices';

type Registration = Browser.scripting.RegisteredContentScript;

interface PageScript {
  readonly registration: Registration;
  /** Whether it is wanted, for readable mode on/off and the panel wanted or not. */
  wanted(enabled: boolean, panel: boolean): boolean;
}

function page(
  id: string,
  allFrames: boolean,
  files: { css: string[] } | { js: string[] },
): Registration {
  return { id, matches: ['<all_urls>'], runAt: 'document_start', allFrames, ...files };
}

const PAGE_SCRIPTS: readonly PageScript[] = [
  {
    registration: page('legible-content', true, { js: ['/content-scripts/content.js'] }),
    wanted: (enabled) => enabled,
  },
  {
    registration: page('legible-panel', false, { js: ['/content-scripts/panel.js'] }),
    wanted: (enabled, panel) => enabled && panel,
  },
];

/**
 * The match patterns that leave out the sites turned off (with and without www.). A key
 * that names no single site (from another device's older copy, say) is left out: one
 * invalid pattern makes the browser refuse the whole registration, and Legible would be
 * off everywhere.
 */
export function excludeMatchesFor(offSites: readonly string[]): string[] {
  // An address has no www. form (and a pattern with one is refused as an invalid host).
  const isAddress = (site: string) => /^[\d.]+$|:/.test(site);
  return [...new Set(offSites.map(siteKeyOf).filter((site) => site !== null))]
    .sort()
    .flatMap((site) =>
      isAddress(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`],
    );
}

/** Injects into the open tabs (only those of `sites`, when given). */
async function injectIntoOpenTabs(
  { js, allFrames }: Registration,
  sites?: ReadonlySet<string>,
): Promise<void> {
  if (!js) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id, url }) => {
      if (id === undefined) return;
      if (sites && !sites.has(siteKey(url ?? '') ?? '')) return;
      await browser.scripting
        .executeScript({
          target: { tabId: id, allFrames: allFrames ?? false },
          files: js as ScriptPublicPath[],
          // At once, as the registered copy runs at document_start. By default the
          // browser waits for every frame to be idle, and a frame that never gets there
          // (an ad frame at javascript:false, say) held this call, and with it every later
          // change of the page scripts, for ever (figure 9 of the bench).
          injectImmediately: true,
        })
        // Browser pages, the stores and other extensions refuse scripts: nothing to do there.
        .catch(() => undefined);
    }),
  );
}

export async function syncPageScripts(
  enabled: boolean,
  panel: boolean,
  offSites: readonly string[] = [],
): Promise<void> {
  const current = await browser.scripting.getRegisteredContentScripts();
  const registered = new Set(current.map((script) => script.id));
  const excludeMatches = excludeMatchesFor(offSites);

  // Registered scripts whose excluded sites changed: update them, and bring Legible
  // into the open tabs of sites that are on again.
  for (const script of current) {
    const wanted = PAGE_SCRIPTS.find(({ registration }) => registration.id === script.id);
    const before = script.excludeMatches ?? [];
    if (
      !wanted?.wanted(enabled, panel) ||
      JSON.stringify(before) === JSON.stringify(excludeMatches)
    )
      continue;
    await browser.scripting.updateContentScripts([{ ...wanted.registration, excludeMatches }]);
    const back = new Set(
      before.map((pattern) => pattern.slice(4, -2)).filter((site) => !site.startsWith('www.')),
    );
    for (const site of offSites) back.delete(site);
    if (back.size > 0) await injectIntoOpenTabs(wanted.registration, back);
  }

  const unwanted = PAGE_SCRIPTS.filter(
    ({ registration, wanted }) => registered.has(registration.id) && !wanted(enabled, panel),
  ).map(({ registration }) => registration.id);
  if (unwanted.length > 0) await browser.scripting.unregisterContentScripts({ ids: unwanted });

  const missing = PAGE_SCRIPTS.filter(
    ({ registration, wanted }) => !registered.has(registration.id) && wanted(enabled, panel),
  ).map(({ registration }) =>
    excludeMatches.length > 0 ? { ...registration, excludeMatches } : registration,
  );
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(missing);
  for (const registration of missing) await injectIntoOpenTabs(registration);
}
