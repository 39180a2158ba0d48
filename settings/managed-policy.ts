/**
 * Presets from an administrator (a library, a school, a ministry), read from the
 * browser's managed storage: Chrome's policy for extensions (schema in
 * public/managed-schema.json) or Firefox's policies.json "3rdparty" section. The
 * policy gives defaults and per-site choices; the user's own choices win, except for
 * the fields the policy locks. Nothing here writes: the policy is merged on every read.
 */
import { browser } from 'wxt/browser';
import { SITE_OFF, type SiteEntry, type SiteTable } from '@/settings/site-choices';

export interface ManagedPolicy {
  /** Default settings, in format v1. */
  readonly settings?: Record<string, unknown>;
  /** Sites where Legible is off. */
  readonly offSites?: readonly string[];
  /** Sites with their own settings. */
  readonly siteSettings?: Readonly<Record<string, Record<string, unknown>>>;
  /** Settings fields the user cannot change (the policy's values always apply). */
  readonly locked?: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The policy, or null where there is none (Firefox throws when no policy is set). */
export async function readManagedPolicy(): Promise<ManagedPolicy | null> {
  try {
    const policy = await browser.storage.managed.get(null);
    return Object.keys(policy).length > 0 ? (policy as ManagedPolicy) : null;
  } catch {
    return null;
  }
}

/** The stored settings with the policy's defaults under them and its locked fields over them. */
export function withPolicy(stored: unknown, policy: ManagedPolicy | null): unknown {
  const preset = policy?.settings;
  if (!preset || !isRecord(preset)) return stored;
  if (stored !== undefined && !isRecord(stored)) return stored; // corrupt: repair says so
  const locked = Object.fromEntries(
    (policy.locked ?? []).filter((field) => field in preset).map((field) => [field, preset[field]]),
  );
  return { ...preset, ...(stored ?? {}), ...locked };
}

/** The user's site choices over the policy's. */
export function sitesWithPolicy(sites: SiteTable, policy: ManagedPolicy | null): SiteTable {
  if (!policy) return sites;
  const preset: Record<string, SiteEntry> = {};
  for (const [site, own] of Object.entries(policy.siteSettings ?? {})) {
    if (isRecord(own)) preset[site.toLowerCase()] = own as SiteEntry;
  }
  for (const site of policy.offSites ?? []) preset[site.toLowerCase()] = SITE_OFF;
  return { ...preset, ...sites };
}
