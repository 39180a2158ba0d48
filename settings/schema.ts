/**
 * Settings format v1, the public interface described in PRODUCT.md: one object in
 * `storage.sync` under `settings`, also read from import files and managed policy.
 * The TypeScript type is inferred from this schema so the two cannot drift apart.
 */
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const FONT_FAMILIES = [
  'original',
  'arial',
  'times',
  'verdana',
  'georgia',
  'atkinson',
  'opendyslexic',
] as const;
export const COLOR_SCHEMES = [
  'original',
  'black-on-white',
  'white-on-black',
  'blue',
  'beige',
  'green',
] as const;
export const IMAGE_MODES = ['show', 'grayscale', 'hide'] as const;

export type FontFamily = (typeof FONT_FAMILIES)[number];
export type ColorSchemeId = (typeof COLOR_SCHEMES)[number];
export type ImageMode = (typeof IMAGE_MODES)[number];

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

function ranged(field: NumberField) {
  const { min, max } = NUMBER_RANGES[field];
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

/** A colour as `#rrggbb`, lower case: what `<input type="color">` gives and takes. */
const HEX_COLOR = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/));

/** One schema per field, so a bad field can be repaired without touching the others. */
export const FIELD_SCHEMAS = {
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  enabled: v.boolean(),
  fontFamily: v.picklist(FONT_FAMILIES),
  fontScale: ranged('fontScale'),
  letterSpacing: ranged('letterSpacing'),
  wordSpacing: ranged('wordSpacing'),
  lineHeight: v.nullable(ranged('lineHeight')),
  /** Added within v1 (optional): space after paragraphs, in em; null = the page's own. */
  paragraphSpacing: v.nullable(ranged('paragraphSpacing')),
  colorScheme: v.picklist(COLOR_SCHEMES),
  images: v.picklist(IMAGE_MODES),
  panel: v.boolean(),
  /** Added within v1 (optional): the panel shrunk to its slim bar. */
  panelCollapsed: v.boolean(),
  /** Added within v1 (optional): the panel's second row, the reading aids, shown. */
  panelAids: v.boolean(),
  // Reading aids, added within v1 (optional; issue 7).
  /** Longest line of the page's main text, in characters (ch); null = the page's own. */
  lineLength: v.nullable(ranged('lineLength')),
  /** The reading guide: a band that follows the pointer or caret, the rest dimmed. */
  readingGuide: v.boolean(),
  /** The guide band's height, in lines of text. */
  readingGuideHeight: ranged('readingGuideHeight'),
  /** The user's own colours instead of the colour scheme (the scheme is kept for later). */
  customColors: v.boolean(),
  customText: HEX_COLOR,
  customBackground: HEX_COLOR,
  customLink: HEX_COLOR,
  /** Calm pages: animations and transitions paused, autoplaying media stopped. */
  calmPages: v.boolean(),
  /** With calm pages: embedded media frames (video players and the like) hidden. */
  hideEmbeds: v.boolean(),
  /** Read aloud: speech rate, 1 = the voice's normal speed. */
  speechRate: ranged('speechRate'),
  /** Read aloud: the voice chosen per language (BCP 47 primary tag → voiceURI). */
  speechVoices: v.record(v.string(), v.string()),
};

export const SettingsSchema = v.object(FIELD_SCHEMAS);

/** The fields this version of Legible understands. */
export type KnownSettings = v.InferOutput<typeof SettingsSchema>;

/**
 * What is stored: the known fields plus any field written by a newer version, another
 * device or an administrator. Unknown fields are carried along untouched.
 */
export type Settings = KnownSettings & { readonly [field: string]: unknown };

export type SettingsField = keyof KnownSettings;
export const SETTINGS_FIELDS = Object.keys(FIELD_SCHEMAS) as SettingsField[];
