/**
 * What the controls offer, as a check on what they write (issue #14): a choice only
 * from its list (components/controls/choices.ts, components/reading-aids/aid-choices.ts),
 * a font size only on the panel's steps, a colour only as `#rrggbb` in lower case (what
 * `<input type="color">` gives), a switch only true or false, a voice only one of those
 * read aloud listed for the language being read, and a field no control offers only
 * at its default (what Reset writes). The panel runs every write through it: the page
 * is untrusted, and whatever it might slip into a control is not stored, synced to the
 * user's other computers and applied on every site.
 */
import {
  FONT_CHOICES,
  FONT_SCALE_MAX,
  FONT_SCALE_MIN,
  FONT_SCALE_STEP,
  IMAGE_CHOICES,
  LETTER_SPACING_CHOICES,
  LINE_SPACING_CHOICES,
  SCHEME_CHOICES,
  type Choice,
} from '@/components/controls/choices';
import { GUIDE_CHOICES, LINE_LENGTH_CHOICES } from '@/components/reading-aids/aid-choices';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { HEX_COLOR_PATTERN, NUMBER_RANGES, type NumberField } from '@/settings/format-values';
import type { KnownSettings, Settings, SettingsField } from '@/settings/schema';
import type { SpeechState } from '@/utils/protocol';

/** What a control knew when it wrote, beyond the settings: what read aloud listed. */
export interface WriteContext {
  readonly speech?: SpeechState | null;
}

/** How a control writes: a patch, and what it offered when that was not the settings. */
export type Update = (patch: Partial<KnownSettings>, context?: WriteContext) => void;

type Check = (value: unknown, current: Settings, context: WriteContext) => boolean;

const among =
  <T>(choices: readonly Choice<T>[]): Check =>
  (value) =>
    choices.some((choice) => choice.value === value);

// What the format itself allows (settings/schema.ts), checked without its schema code,
// which the panel's first paint does not load (offered.test.ts holds the two together).
const isSwitch: Check = (value) => typeof value === 'boolean';
const isColor: Check = (value) => typeof value === 'string' && HEX_COLOR_PATTERN.test(value);
const inRange =
  (field: NumberField): Check =>
  (value) =>
    typeof value === 'number' &&
    value >= NUMBER_RANGES[field].min &&
    value <= NUMBER_RANGES[field].max;

const isFontStep: Check = (value) =>
  typeof value === 'number' &&
  value >= FONT_SCALE_MIN &&
  value <= FONT_SCALE_MAX &&
  Number.isInteger(value / FONT_SCALE_STEP);

/** The guide's height is one of its choices; "off" is readingGuide: false. */
const isGuideHeight: Check = (value) =>
  value !== null && GUIDE_CHOICES.some((choice) => choice.value === value);

/** The stored voices with one change: the language being read, to a voice listed for it. */
const isListedVoice: Check = (value, current, { speech }) => {
  if (!speech || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const chosen = value as Record<string, unknown>;
  const before = current.speechVoices;
  return (
    Object.hasOwn(chosen, speech.lang) &&
    Object.keys(before).every((lang) => Object.hasOwn(chosen, lang)) &&
    Object.entries(chosen).every(([lang, uri]) =>
      lang === speech.lang
        ? speech.voices.some((voice) => voice.uri === uri)
        : Object.hasOwn(before, lang) && before[lang] === uri,
    )
  );
};

/** Every field a control writes, with what it may write; the others only their default. */
const CHECKS: { readonly [F in SettingsField]?: Check } = {
  enabled: isSwitch,
  panel: isSwitch,
  panelCollapsed: isSwitch,
  panelAids: isSwitch,
  fontFamily: among(FONT_CHOICES),
  fontScale: isFontStep,
  letterSpacing: among(LETTER_SPACING_CHOICES),
  lineHeight: among(LINE_SPACING_CHOICES),
  colorScheme: among(SCHEME_CHOICES),
  images: among(IMAGE_CHOICES),
  lineLength: among(LINE_LENGTH_CHOICES),
  readingGuide: isSwitch,
  readingGuideHeight: isGuideHeight,
  calmPages: isSwitch,
  hideEmbeds: isSwitch,
  customColors: isSwitch,
  customText: isColor,
  customBackground: isColor,
  customLink: isColor,
  // Moves by steps from the stored speed, which an import may have left between steps.
  speechRate: inRange('speechRate'),
  speechVoices: isListedVoice,
};

const isField = (field: string): field is SettingsField => Object.hasOwn(DEFAULT_SETTINGS, field);

/**
 * True when every value of `patch` is one the controls offer, given the settings they
 * show (`current`) and what else they knew (`context`). One value that is not makes
 * the whole patch refused: a half-applied write would be a change nobody chose.
 */
export function isOffered(
  patch: Partial<KnownSettings>,
  current: Settings,
  context: WriteContext = {},
): boolean {
  return Object.entries(patch).every(([field, value]) => {
    if (!isField(field)) return false;
    const check = CHECKS[field];
    return check ? check(value, current, context) : value === DEFAULT_SETTINGS[field];
  });
}
