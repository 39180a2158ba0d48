/**
 * Export to and import from a JSON file. The file is the settings object of format v1
 * (PRODUCT.md), with the per-site choices under `sites`, so it reads like the stored
 * object and an older Legible keeps what it does not know. Importing validates like
 * any other read: numbers clamped, unknown ids replaced, every change explained; a file
 * that is not JSON, or not Legible's, changes nothing and says why.
 */
import { repairSettings, type SettingsProblem } from '@/settings/repair';
import { SETTINGS_FIELDS, type Settings } from '@/settings/schema';
import { SITE_OFF, siteKeyOf, type SiteEntry, type SiteTable } from '@/settings/site-choices';

export const EXPORT_FILE_NAME = 'legible-settings.json';

/**
 * The largest file import reads. An export with a thousand sites, each with a full set
 * of its own settings, is about 320 KB; a file much larger than that is not Legible's.
 */
export const IMPORT_MAX_BYTES = 1024 * 1024;
/**
 * The deepest nesting import reads: an export is an object of sites of settings of
 * voices (4). Deeper nesting, such as a file nested 200,000 deep, would break the
 * options page later (JSON.stringify overflows its stack), so it is refused first.
 */
export const IMPORT_MAX_DEPTH = 16;

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
  | {
      readonly ok: false;
      readonly reason: 'not-json' | 'not-legible' | 'newer-version' | 'too-large' | 'too-deep';
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How deep arrays and objects nest in JSON text, read without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

export function parseImport(text: string): ImportResult {
  if (new TextEncoder().encode(text).length > IMPORT_MAX_BYTES) {
    return { ok: false, reason: 'too-large' };
  }
  if (jsonDepth(text) > IMPORT_MAX_DEPTH) return { ok: false, reason: 'too-deep' };
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
    // A key that names no single site (a wildcard, an empty key) would make the browser
    // refuse every page-script registration: it is left out, and listed.
    const key = siteKeyOf(site);
    if (key !== null && (entry === SITE_OFF || isRecord(entry))) sites[key] = entry as SiteEntry;
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
