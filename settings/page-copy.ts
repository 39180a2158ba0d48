/**
 * The page copy: what the scripts in pages need of the settings, resolved and validated
 * by the background (settings/page-copy-publisher.ts) and kept in `storage.local`, so
 * that each frame reads one small object with one call (settings/page-copy-reader.ts)
 * and loads none of the schema, repair, policy or site-shard code. It is derived, never
 * the source of truth: the background rewrites it from sync, local and managed storage
 * on every change to them, and nothing reads it back into the settings.
 * - `pageSettings`: `{ by, settings }`, the effective settings (managed policy applied,
 *   repaired), and the version of Legible that published them: a copy left by another
 *   version may lack fields this one knows, so it is taken for no copy at all.
 * - `pageSite:<site>`, one per site with a choice: `0` (off there) or the site's own
 *   fields as they apply, repaired; a site without a key uses `pageSettings`.
 * - `pageSites`: the site keys published, so that those no longer wanted are removed.
 * This module is imported by the every-frame content script: type imports only.
 */
import type { Settings } from '@/settings/schema';

export const PAGE_SETTINGS_KEY = 'pageSettings';
export const PAGE_SITES_KEY = 'pageSites';
const PAGE_SITE_PREFIX = 'pageSite:';

export interface PageSettingsCopy {
  /** The `version` of the manifest of the Legible that published it. */
  readonly by: string;
  readonly settings: Settings;
}

/** A site's part of the copy: off there, or its own fields. */
export type PageSiteCopy = 0 | Readonly<Record<string, unknown>>;

export function pageSiteKey(site: string): string {
  return PAGE_SITE_PREFIX + site;
}

export function isPageSiteKey(key: string): boolean {
  return key.startsWith(PAGE_SITE_PREFIX);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings that apply, from the copy as read: the site's part over the global
 * settings, readable mode staying the user's switch. Null while there is no copy this
 * version of Legible published: nothing may be shown from it.
 */
export function settingsFromCopy(global: unknown, site: unknown, version: string): Settings | null {
  if (!isRecord(global) || global.by !== version || !isRecord(global.settings)) return null;
  const settings = global.settings as Settings;
  if (site === 0) return { ...settings, enabled: false };
  if (!isRecord(site)) return settings;
  return { ...settings, ...site, enabled: settings.enabled };
}
