/**
 * Publishes the page copy (settings/page-copy.ts) from the settings as loaded, in the
 * background, whenever the stored settings may have changed (entrypoints/background/
 * index.ts). Only the keys whose value changed are written, in one call, so a frame
 * hears one `storage.onChanged` per change and none for the sites it is not on.
 */
import { browser } from 'wxt/browser';
import {
  PAGE_SETTINGS_KEY,
  PAGE_SITES_KEY,
  isPageSiteKey,
  pageSiteKey,
  type PageSettingsCopy,
  type PageSiteCopy,
} from '@/settings/page-copy';
import type { Settings } from '@/settings/schema';
import { settingsForSite, SITE_OFF, type SiteTable } from '@/settings/site-choices';
import type { StorageArea } from '@/settings/storage-areas';

/** A site's part: off, or each field of its entry as it applies there (repaired). */
function siteCopy(settings: Settings, sites: SiteTable, site: string): PageSiteCopy {
  const entry = sites[site];
  if (entry === undefined || entry === SITE_OFF) return 0;
  const resolved = settingsForSite(settings, sites, site);
  return Object.fromEntries(
    Object.keys(entry)
      .filter((field) => field !== 'enabled')
      .map((field) => [field, resolved[field]]),
  );
}

/** Writes the copy for `settings` (in effect) and `sites` (in effect) where it differs. */
export async function publishPageCopy(
  settings: Settings,
  sites: SiteTable,
  version: string,
  local: StorageArea = browser.storage.local,
): Promise<void> {
  const global: PageSettingsCopy = { by: version, settings };
  const next: Record<string, unknown> = { [PAGE_SETTINGS_KEY]: global };
  for (const site of Object.keys(sites)) next[pageSiteKey(site)] = siteCopy(settings, sites, site);
  const siteKeys = Object.keys(next).filter((key) => key !== PAGE_SETTINGS_KEY);
  next[PAGE_SITES_KEY] = siteKeys;

  const stored = await local.get(Object.keys(next));
  const published = stored[PAGE_SITES_KEY];
  const gone = (Array.isArray(published) ? published : []).filter(
    (key): key is string => typeof key === 'string' && isPageSiteKey(key) && !(key in next),
  );
  const changed = Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value),
    ),
  );
  if (Object.keys(changed).length > 0) await local.set(changed);
  if (gone.length > 0) await local.remove(gone);
}
