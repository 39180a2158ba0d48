/**
 * The choices the panel and the popup offer, in the portal panel's order, each with the
 * settings patch it writes and its label's message key. Plain data: both UIs render it.
 */
import { SCHEME_COLORS } from '@/features/color-scheme/scheme-colors';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { ColorSchemeId, FontFamily, ImageMode, KnownSettings } from '@/settings/schema';
import type { MessageKey } from '@/utils/i18n';

export interface Choice<T> {
  readonly value: T;
  readonly label: MessageKey;
}

export const FONT_CHOICES: readonly Choice<FontFamily>[] = [
  { value: 'original', label: 'fontOriginal' },
  { value: 'arial', label: 'fontArial' },
  { value: 'times', label: 'fontTimes' },
  { value: 'verdana', label: 'fontVerdana' },
  { value: 'georgia', label: 'fontGeorgia' },
  { value: 'atkinson', label: 'fontAtkinson' },
  { value: 'opendyslexic', label: 'fontOpenDyslexic' },
];

/** Standard, medium (WCAG 1.4.12's 0.12 em) and large. */
export const LETTER_SPACING_CHOICES: readonly Choice<number>[] = [
  { value: 0, label: 'spacingStandard' },
  { value: 0.12, label: 'spacingMedium' },
  { value: 0.25, label: 'spacingLarge' },
];

export const LINE_SPACING_CHOICES: readonly Choice<number | null>[] = [
  { value: null, label: 'lineStandard' },
  { value: 1.5, label: 'line15' },
  { value: 2, label: 'line2' },
];

export const SCHEME_CHOICES: readonly Choice<ColorSchemeId>[] = [
  { value: 'original', label: 'schemeOriginal' },
  { value: 'black-on-white', label: 'schemeBlackOnWhite' },
  { value: 'white-on-black', label: 'schemeWhiteOnBlack' },
  { value: 'blue', label: 'schemeBlue' },
  { value: 'beige', label: 'schemeBeige' },
  { value: 'green', label: 'schemeGreen' },
];

export const IMAGE_CHOICES: readonly Choice<ImageMode>[] = [
  { value: 'show', label: 'imagesShow' },
  { value: 'grayscale', label: 'imagesGrayscale' },
  { value: 'hide', label: 'imagesHide' },
];

/** Font size steps: 100 % to 300 % by 25 %. */
export const FONT_SCALE_STEP = 0.25;
export const FONT_SCALE_MIN = 1;
export const FONT_SCALE_MAX = 3;

/** The next step up or down from `scale` (which may sit between steps after an import). */
export function stepFontScale(scale: number, direction: 1 | -1): number {
  const steps =
    direction === 1
      ? Math.floor(scale / FONT_SCALE_STEP + 1e-9) + 1
      : Math.ceil(scale / FONT_SCALE_STEP - 1e-9) - 1;
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, steps * FONT_SCALE_STEP));
}

/** The scheme's own colours, to draw its swatch; null for the page's own. */
export function swatchColors(id: ColorSchemeId): { text: string; background: string } | null {
  return id === 'original' ? null : SCHEME_COLORS[id];
}

/**
 * What "Reset" writes: the defaults for the page's look and the reading aids; readable
 * mode and the panel stay on, and the user's own colours, voices and reading speed are
 * kept for the next time they are wanted (only their use is switched off).
 */
const {
  version: _version,
  enabled: _enabled,
  panel: _panel,
  panelCollapsed: _collapsed,
  panelAids: _aids,
  customText: _text,
  customBackground: _background,
  customLink: _link,
  speechRate: _rate,
  speechVoices: _voices,
  ...lookDefaults
} = DEFAULT_SETTINGS;
export const RESET_PATCH: Partial<KnownSettings> = lookDefaults;
