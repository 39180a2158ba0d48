/**
 * Change stamps: when, and on which computer, a settings field or a site choice was last
 * changed. Browser sync delivers each `storage.sync` key whole and the last writer wins,
 * so two computers that change different things at about the same time would each
 * overwrite the other; with a stamp on every change, each computer can tell which of two
 * values is the newer and merge instead of overwrite (settings/settings-plan.ts, settings/site-plan.ts).
 *
 * - A settings field's stamp is `[timeMs, deviceId]`, kept in sync under
 *   `settingsStamps` beside the v1 `settings` object (which stays a plain v1 object).
 * - A site's stamp is a string of fixed width, tenths of a second since 2024 in base 36
 *   and the device id (`"04xk2b1" + "a1b2"`), because a thousand of them must fit in
 *   sync; a tombstone (a site taken back to "use my settings") has `~` in front.
 * Stamps compare by time, then by device id, so every computer picks the same winner.
 * Unstamped values (written by an older Legible, by hand, by a test) are the oldest.
 */

export const SETTINGS_STAMPS_KEY = 'settingsStamps';

export type FieldStamp = readonly [timeMs: number, device: string];
export type FieldStamps = Readonly<Record<string, FieldStamp>>;

/** Tenths of a second from 2024-01-01: seven base-36 digits last two centuries. */
const SITE_EPOCH_MS = 1_704_067_200_000;
const TIME_DIGITS = 7;
export const DEVICE_DIGITS = 4;
const TOMBSTONE = '~';

/** A new id for this browser profile: four base-36 digits, 1.7 million of them. */
export function newDeviceId(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** DEVICE_DIGITS)
    .toString(36)
    .padStart(DEVICE_DIGITS, '0');
}

export function isFieldStamp(value: unknown): value is FieldStamp {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    Number.isFinite(value[0]) &&
    typeof value[1] === 'string'
  );
}

/** The valid stamps of a stored `settingsStamps` object; anything malformed is no stamp. */
export function fieldStampsIn(value: unknown): Record<string, FieldStamp> {
  const stamps: Record<string, FieldStamp> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return stamps;
  for (const [field, stamp] of Object.entries(value))
    if (isFieldStamp(stamp)) stamps[field] = stamp;
  return stamps;
}

/** Negative when `a` is older than `b`; a missing stamp is older than any. */
export function compareFieldStamps(a: FieldStamp | undefined, b: FieldStamp | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** The site stamp for `time` (tenths of a second since 2024) on `device`. */
export function siteStamp(time: number, device: string): string {
  return Math.max(0, Math.floor(time)).toString(36).padStart(TIME_DIGITS, '0') + device;
}

export function siteTimeAt(timeMs: number): number {
  return Math.floor((timeMs - SITE_EPOCH_MS) / 100);
}

export function siteStampTime(stamp: string): number {
  return parseInt(stamp.slice(0, TIME_DIGITS), 36) || 0;
}

export function tombstone(stamp: string): string {
  return TOMBSTONE + stamp;
}

export function isTombstone(value: string): boolean {
  return value.startsWith(TOMBSTONE);
}

/** The stamp of a stored stamp or tombstone; '' (the oldest) for anything malformed. */
export function stampOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  const stamp = isTombstone(value) ? value.slice(1) : value;
  return /^[0-9a-z]{7}[0-9a-z]{1,8}$/.test(stamp) ? stamp : '';
}

/** Site stamps have a fixed-width time first, so they compare as strings. */
export function compareSiteStamps(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

/** Equal as stored values, whatever the order of their keys (Chrome stores them sorted). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
