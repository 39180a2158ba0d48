/**
 * Presets from an administrator (a library, a school, a ministry), read from the
 * browser's managed storage: Chrome's policy for extensions (schema in
 * public/managed-schema.json) or Firefox's policies.json "3rdparty" section. The
 * policy gives defaults and per-site choices; the user's own choices win, except for
 * the fields the policy locks, which hold on every site too. Nothing here writes: the
 * policy is merged on every read.
 *
 * Firefox does not check a policy against the schema, and Chrome's schema cannot say
 * what a site is, so every part is validated here: what cannot be read is left out and
 * reported (`PolicyProblem`), never thrown, and the rest still applies.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_FIELDS, type SettingsField } from '@/settings/schema';
import { SITE_OFF, siteKeyOf, type SiteEntry, type SiteTable } from '@/settings/site-choices';

export interface ManagedPolicy {
  /** Default settings, in format v1. */
  readonly settings?: Record<string, unknown>;
  /** Sites where Legible is off. */
  readonly offSites?: readonly string[];
  /** Sites with their own settings. */
  readonly siteSettings?: Readonly<Record<string, Record<string, unknown>>>;
  /** Settings fields the user cannot change (the policy's values always apply). */
  readonly locked?: readonly SettingsField[];
}

export type PolicyPart = keyof ManagedPolicy;

/**
 * Something of the policy that could not be read as written: a whole part or one entry
 * of it left out, or one value read as the list that was meant.
 */
export interface PolicyProblem {
  readonly kind: 'left-out' | 'read-as-list';
  readonly part: PolicyPart;
  /** The entry concerned (a site, a field name), or null for the whole part. */
  readonly entry: string | null;
}

export interface PolicyRead {
  readonly policy: ManagedPolicy | null;
  readonly problems: readonly PolicyProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LOCKABLE: ReadonlySet<unknown> = new Set(SETTINGS_FIELDS.filter((f) => f !== 'version'));

/** The policy with every part validated, and what had to be left out. */
export function parsePolicy(raw: unknown): PolicyRead {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return { policy: null, problems: [] };
  const problems: PolicyProblem[] = [];
  const policy: {
    settings?: Record<string, unknown>;
    offSites?: string[];
    siteSettings?: Record<string, Record<string, unknown>>;
    locked?: SettingsField[];
  } = {};
  const drop = (part: PolicyPart, entry: unknown = null) =>
    problems.push({ kind: 'left-out', part, entry: entry === null ? null : String(entry) });
  /** The part as a list; a lone value is read as one, and said so. */
  const list = (part: PolicyPart): unknown[] => {
    const value = raw[part];
    if (Array.isArray(value)) return value;
    if (typeof value === 'string') {
      problems.push({ kind: 'read-as-list', part, entry: value });
      return [value];
    }
    drop(part);
    return [];
  };

  if (raw.settings !== undefined) {
    if (isRecord(raw.settings)) policy.settings = raw.settings;
    else drop('settings');
  }
  if (raw.locked !== undefined) {
    const fields = list('locked').filter((field): field is SettingsField => {
      if (LOCKABLE.has(field)) return true;
      drop('locked', field);
      return false;
    });
    if (fields.length > 0) policy.locked = fields;
  }
  if (raw.offSites !== undefined) {
    const keys = list('offSites').flatMap((site) => {
      const key = siteKeyOf(site);
      if (key === null) drop('offSites', site);
      return key === null ? [] : [key];
    });
    if (keys.length > 0) policy.offSites = keys;
  }
  if (raw.siteSettings !== undefined) {
    if (!isRecord(raw.siteSettings)) drop('siteSettings');
    const entries = Object.entries(isRecord(raw.siteSettings) ? raw.siteSettings : {});
    const siteSettings: Record<string, Record<string, unknown>> = {};
    for (const [site, own] of entries) {
      const key = siteKeyOf(site);
      if (key === null || !isRecord(own)) drop('siteSettings', site);
      else siteSettings[key] = own;
    }
    if (Object.keys(siteSettings).length > 0) policy.siteSettings = siteSettings;
  }
  return { policy, problems };
}

/** The policy as the browser gives it, validated (Firefox throws when none is set). */
export async function inspectManagedPolicy(): Promise<PolicyRead> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    return { policy: null, problems: [] };
  }
  return parsePolicy(raw);
}

/** The policy, or null where there is none. */
export async function readManagedPolicy(): Promise<ManagedPolicy | null> {
  return (await inspectManagedPolicy()).policy;
}

/** The locked fields' values, as the policy sets them. */
function lockedValues(policy: ManagedPolicy | null): Record<string, unknown> {
  const preset = policy?.settings ?? {};
  return Object.fromEntries(
    (policy?.locked ?? [])
      .filter((field) => field in preset)
      .map((field) => [field, preset[field]]),
  );
}

/** The stored settings with the policy's defaults under them and its locked fields over them. */
export function withPolicy(stored: unknown, policy: ManagedPolicy | null): unknown {
  const preset = policy?.settings;
  if (!preset) return stored;
  if (stored !== undefined && !isRecord(stored)) return stored; // corrupt: repair says so
  return { ...preset, ...(stored ?? {}), ...lockedValues(policy) };
}

/**
 * The user's site choices over the policy's. A site's own settings never hold a locked
 * field, so the locked value (in the settings every site starts from) holds there too.
 */
export function sitesWithPolicy(sites: SiteTable, policy: ManagedPolicy | null): SiteTable {
  if (!policy) return sites;
  const preset: Record<string, SiteEntry> = {};
  const put = (site: string, entry: SiteEntry) => {
    const key = siteKeyOf(site);
    if (key !== null) preset[key] = entry;
  };
  for (const [site, own] of Object.entries(policy.siteSettings ?? {})) put(site, own);
  for (const site of policy.offSites ?? []) put(site, SITE_OFF);
  const merged: Record<string, SiteEntry> = { ...preset, ...sites };
  const locked = policy.locked ?? [];
  if (locked.length === 0) return merged;
  for (const [site, entry] of Object.entries(merged)) {
    if (entry === SITE_OFF || !locked.some((field) => field in entry)) continue;
    merged[site] = Object.fromEntries(
      Object.entries(entry).filter(([field]) => !(locked as readonly string[]).includes(field)),
    );
  }
  return merged;
}
