/**
 * Per-site choices: for each site (by host name) the user either uses their settings
 * (no entry), turns Legible off there, or keeps the site's own settings. Kept apart
 * from the global `settings` object (format v1 is unchanged), and compact, because a
 * thousand sites must fit in `storage.sync`: an entry is `0` (off) or an object holding
 * only the fields that differ from the user's settings.
 */
import { repairSettings } from '@/settings/repair';
import type { KnownSettings, Settings } from '@/settings/schema';

// Its home is site-key.ts, which the every-frame content script imports without this
// module's repair code; re-exported so that the other contexts' imports stay as they are.
export { siteKey } from '@/settings/site-key';

/** Off on this site. */
export const SITE_OFF = 0;

export type SiteEntry = typeof SITE_OFF | Partial<KnownSettings>;
export type SiteTable = Readonly<Record<string, SiteEntry>>;

export type SiteMode = 'mine' | 'off' | 'own';

export function siteMode(table: SiteTable, site: string | null): SiteMode {
  const entry = site === null ? undefined : table[site];
  if (entry === undefined) return 'mine';
  return entry === SITE_OFF ? 'off' : 'own';
}

/**
 * The settings that apply on `site`: the user's own, with readable mode off where the
 * site is turned off, or with the site's own fields where it has them. Readable mode
 * itself stays the user's switch: a site's own settings apply while it is on.
 */
export function settingsForSite(
  settings: Settings,
  table: SiteTable,
  site: string | null,
): Settings {
  const entry = site === null ? undefined : table[site];
  if (entry === undefined) return settings;
  if (entry === SITE_OFF) return { ...settings, enabled: false };
  const { enabled: _ignored, ...own } = entry;
  return repairSettings({ ...settings, ...own, enabled: settings.enabled }).settings;
}

/** The table with `site` set to `mode`; "own" starts equal to the user's settings. */
export function withSiteMode(table: SiteTable, site: string, mode: SiteMode): SiteTable {
  const { [site]: previous, ...rest } = table;
  if (mode === 'mine') return rest;
  if (mode === 'off') return { ...rest, [site]: SITE_OFF };
  return { ...rest, [site]: previous !== undefined && previous !== SITE_OFF ? previous : {} };
}

/** The table with `patch` applied to the own settings of `site` (which must be "own"). */
export function withSiteSettings(
  table: SiteTable,
  site: string,
  patch: Partial<KnownSettings>,
): SiteTable {
  const previous = table[site];
  const own = previous !== undefined && previous !== SITE_OFF ? previous : {};
  return { ...table, [site]: { ...own, ...patch } };
}

/** A host name label: letters, digits and inner hyphens (IDN labels are punycode, xn--). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * The site key a host name written by hand (an import file, a policy) stands for, or
 * null when it names no single site: a wildcard, a path, a port, an empty string.
 * Registration patterns are built from these keys, and one invalid pattern makes the
 * browser refuse the whole registration, so nothing else gets through.
 */
export function siteKeyOf(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name.trim().toLowerCase();
  if (!trimmed || /[^a-z0-9.:[\]\-\u0080-\uffff]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(`http://${trimmed}/`);
  } catch {
    return null;
  }
  // The URL parser turns "пример.бел" into punycode; a port names no other site.
  if (url.port !== '' || url.username !== '') return null;
  const host = url.hostname;
  const key = host.replace(/^www\./, '');
  if (IPV4.test(key) || /^\[[0-9a-f:.]+\]$/.test(key)) return key;
  const labels = key.split('.');
  return key.length <= 253 && labels.length >= 1 && labels.every((label) => LABEL.test(label))
    ? key
    : null;
}
