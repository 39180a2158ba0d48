/**
 * Turns anything read from storage, an import file or a managed policy into settings
 * this version can apply, and says exactly what it had to change. Rules (PRODUCT.md):
 * out-of-range numbers are clamped, unknown ids and wrong types fall back to the
 * default, unknown fields are kept, and nothing is thrown away silently.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { runMigrations, type RawSettings } from '@/settings/migrations';
import {
  FIELD_SCHEMAS,
  NUMBER_RANGES,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  type NumberField,
  type Settings,
  type SettingsField,
} from '@/settings/schema';

export type ProblemKind =
  'not-an-object' | 'bad-version' | 'newer-version' | 'out-of-range' | 'unknown-id' | 'wrong-type';

export interface SettingsProblem {
  readonly kind: ProblemKind;
  /** The field concerned, or `null` for the object as a whole. */
  readonly field: SettingsField | null;
  readonly was: unknown;
  readonly now: unknown;
}

export interface RepairResult {
  readonly settings: Settings;
  readonly problems: readonly SettingsProblem[];
  /** Written by a newer Legible: apply what we understand, never write it back. */
  readonly newerVersion: boolean;
}

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A settings object stored as a JSON string (an old export pasted by hand) is still read. */
function asRecord(input: unknown): RawSettings | null {
  if (isRecord(input)) return input;
  if (typeof input === 'string') {
    try {
      const parsed: unknown = JSON.parse(input);
      return isRecord(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return null;
}

const PICKLIST_FIELDS: ReadonlySet<SettingsField> = new Set([
  'fontFamily',
  'colorScheme',
  'images',
]);

function isNumberField(field: SettingsField): field is NumberField {
  return field in NUMBER_RANGES;
}

/** Coerces the value shapes a hand-edited file plausibly holds ("1.5", "TRUE", " Arial "). */
function coerce(field: SettingsField, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (isNumberField(field) && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof DEFAULT_SETTINGS[field] === 'boolean') {
    if (/^true$/i.test(text)) return true;
    if (/^false$/i.test(text)) return false;
  }
  // "#FFF" or "#FFFFFF" in a hand-written file: the colour meant is plain.
  const shortHex = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (shortHex)
    return `#${shortHex
      .slice(1)
      .map((digit) => digit.repeat(2))
      .join('')}`.toLowerCase();
  return text.toLowerCase();
}

function repairField(field: SettingsField, value: unknown, problems: SettingsProblem[]): unknown {
  const fallback = DEFAULT_SETTINGS[field];
  if (v.is(FIELD_SCHEMAS[field], value)) return value;
  const coerced = coerce(field, value);
  if (v.is(FIELD_SCHEMAS[field], coerced)) return coerced;
  if (isNumberField(field) && typeof coerced === 'number' && !Number.isNaN(coerced)) {
    const { min, max } = NUMBER_RANGES[field];
    const clamped = Math.min(max, Math.max(min, coerced));
    problems.push({ kind: 'out-of-range', field, was: value, now: clamped });
    return clamped;
  }
  const kind: ProblemKind =
    typeof value === 'string' && PICKLIST_FIELDS.has(field) ? 'unknown-id' : 'wrong-type';
  problems.push({ kind, field, was: value, now: fallback });
  return fallback;
}

function readVersion(raw: RawSettings, problems: SettingsProblem[]): number {
  // No version: an administrator's preset or a hand-written file; read it as current.
  if (!('version' in raw)) return SETTINGS_VERSION;
  const version = coerce('version', raw.version);
  if (v.is(FIELD_SCHEMAS.version, version)) return version;
  problems.push({ kind: 'bad-version', field: 'version', was: raw.version, now: SETTINGS_VERSION });
  return SETTINGS_VERSION;
}

export function repairSettings(input: unknown): RepairResult {
  const problems: SettingsProblem[] = [];
  const record = asRecord(input);
  if (input !== undefined && record === null) {
    problems.push({ kind: 'not-an-object', field: null, was: input, now: DEFAULT_SETTINGS });
  }
  const raw = record ?? {};
  const version = readVersion(raw, problems);
  const newerVersion = version > SETTINGS_VERSION;
  if (newerVersion) {
    problems.push({ kind: 'newer-version', field: 'version', was: version, now: version });
  }
  const migrated = newerVersion ? { ...raw } : runMigrations(raw, version).value;

  // Unknown fields first, so the known ones below always win over a same-named leftover.
  const repaired: RawSettings = { ...migrated };
  for (const field of SETTINGS_FIELDS) {
    if (field === 'version') continue;
    repaired[field] =
      field in migrated ? repairField(field, migrated[field], problems) : DEFAULT_SETTINGS[field];
  }
  repaired.version = newerVersion ? version : SETTINGS_VERSION;
  return { settings: repaired as Settings, problems, newerVersion };
}
