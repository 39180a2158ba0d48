/**
 * Export to and import from a JSON file. The file is the settings object of format v1
 * (PRODUCT.md), with the per-site choices under `sites`, so it reads like the stored
 * object and an older Legible keeps what it does not know. Importing validates like
 * any other read: numbers clamped, unknown ids replaced, every change explained; a file
 * that is not JSON, or not Legible's, changes nothing and says why.
 */
import { repairSettings, type SettingsProblem } from '@/settings/repair';
import { SETTINGS_FIELDS, type Settings } from '@/settings/schema';
import { SITE_OFF, type SiteEntry, type SiteTable } from '@/settings/site-choices';

export const EXPORT_FILE_NAME = 'legible-settings.json';

export function exportJson(settings: Settings, sites: SiteTable): string {
  return `${JSON.stringify({ ...settings, sites }, null, 2)}\n`;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly settings: Settings;
      readonly sites: SiteTable;
      readonly problems: readonly SettingsProblem[];
      /** Site entries that were neither "off" nor an object, left out. */
      readonly skippedSites: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'not-json' | 'not-legible' | 'newer-version' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  // A foreign file (another tool's export, a package.json…) has none of our fields.
  if (!isRecord(data) || !SETTINGS_FIELDS.some((field) => field !== 'version' && field in data)) {
    return { ok: false, reason: 'not-legible' };
  }
  const { sites: rawSites, ...rawSettings } = data;
  const repaired = repairSettings(rawSettings);
  // Written by a newer Legible: importing it here could only lose what it means.
  if (repaired.newerVersion) return { ok: false, reason: 'newer-version' };
  const sites: Record<string, SiteEntry> = {};
  const skippedSites: string[] = [];
  for (const [site, entry] of Object.entries(isRecord(rawSites) ? rawSites : {})) {
    if (entry === SITE_OFF || isRecord(entry)) sites[site.toLowerCase()] = entry as SiteEntry;
    else skippedSites.push(site);
  }
  return {
    ok: true,
    settings: repaired.settings,
    sites,
    problems: repaired.problems,
    skippedSites,
  };
}
