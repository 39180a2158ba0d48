/**
 * Settings format v1, the public interface described in PRODUCT.md: one object in
 * `storage.sync` under `settings`, also read from import files and managed policy.
 * The TypeScript type is inferred from this schema so the two cannot drift apart.
 */
import * as v from 'valibot';
import { HEX_COLOR_PATTERN, NUMBER_RANGES, type NumberField } from '@/settings/format-values';

export {
  HEX_COLOR_PATTERN,
  NUMBER_RANGES,
  SETTINGS_VERSION,
  type NumberField,
} from '@/settings/format-values';

export const SETTINGS_KEY = 'settings';

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

function ranged(field: NumberField) {
  const { min, max } = NUMBER_RANGES[field];
  return v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

/** A colour as `#rrggbb`, lower case: what `<input type="color">` gives and takes. */
const HEX_COLOR = v.pipe(v.string(), v.regex(HEX_COLOR_PATTERN));

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
