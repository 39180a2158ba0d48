/**
 * The plain values format v1's schema (settings/schema.ts) is built from, in a module
 * without the schema's code: the scripts in pages check against them (the panel's
 * first paint loads no valibot, issue 15). schema.ts exports them too.
 */

export const SETTINGS_VERSION = 1;

/**
 * Allowed numeric ranges. Values outside them are clamped, not rejected, so a value
 * the user chose on a newer or older version keeps as much of its meaning as it can.
 * letterSpacing reaches 0.5 em and wordSpacing 1 em: well past WCAG 1.4.12's 0.12 em
 * and 0.16 em, which the panel's "medium" steps meet; paragraphSpacing reaches 4 em,
 * past WCAG's 2 em.
 */
export const NUMBER_RANGES = {
  fontScale: { min: 1, max: 3 },
  letterSpacing: { min: 0, max: 0.5 },
  wordSpacing: { min: 0, max: 1 },
  lineHeight: { min: 1, max: 3 },
  paragraphSpacing: { min: 0, max: 4 },
  lineLength: { min: 40, max: 120 },
  readingGuideHeight: { min: 1, max: 10 },
  speechRate: { min: 0.5, max: 2 },
} as const;

export type NumberField = keyof typeof NUMBER_RANGES;

/** A colour as `#rrggbb`, lower case: what `<input type="color">` gives and takes. */
export const HEX_COLOR_PATTERN = /^#[0-9a-f]{6}$/;
