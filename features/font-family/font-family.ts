/**
 * Font family: puts the chosen font on every text element of the page and, for the two
 * fonts Legible ships (Atkinson Hyperlegible, OpenDyslexic), names the files of their
 * faces, which the engine loads into the page (engine/font-host.ts). `original` leaves
 * the page's fonts alone.
 *
 * Every stack ends in a generic family, so some font always renders. The system fonts
 * come with metric-compatible fallbacks (same advance widths), so a page laid out for
 * Arial does not reflow when Arimo or Liberation Sans draws it instead.
 */
import {
  BUNDLED_FONT_FILES,
  BUNDLED_FONTS,
  FONTS_DIR,
  type BundledFontId,
} from '@/features/font-family/bundled-fonts';
import type { Feature, FontFaceFile } from '@/features/feature';
import { MEASURED_TEXT } from '@/features/selectors';
import type { FontFamily } from '@/settings/schema';

export type FontChoiceId = Exclude<FontFamily, 'original'>;

/**
 * Atkinson Hyperlegible has no Cyrillic at all (its Fontsource files are latin and
 * latin-ext only), so Russian and Belarusian text, ў and і included, is drawn by the
 * next family here: Arial, or its metric twins Arimo (ChromeOS) and Liberation Sans
 * (Linux), then DejaVu Sans. All are plain grotesques with full Cyrillic, the closest
 * common match to Atkinson's shapes. Latin text in the same line stays in Atkinson.
 */
const ATKINSON_CYRILLIC = 'Arial, Arimo, "Liberation Sans", "DejaVu Sans", sans-serif';

/**
 * OpenDyslexic has Cyrillic, ў and і included, so it draws Russian and Belarusian text
 * itself. The families after it only take characters it lacks (CJK, Arabic, emoji…):
 * DejaVu Sans and Verdana are wide with a large x-height, like OpenDyslexic.
 */
const OPENDYSLEXIC_REST = '"DejaVu Sans", Verdana, sans-serif';

export const FONT_STACKS: Readonly<Record<FontChoiceId, string>> = {
  // Arimo (ChromeOS, Google Fonts) and Liberation Sans (most Linux) are metric clones of
  // Arial; Helvetica is what Arial copied, on macOS. All have Cyrillic.
  arial: 'Arial, Arimo, "Liberation Sans", Helvetica, sans-serif',
  // Tinos and Liberation Serif are metric clones of Times New Roman, with Cyrillic.
  times: '"Times New Roman", Tinos, "Liberation Serif", serif',
  // No metric clone of Verdana exists; DejaVu Sans (from Bitstream Vera) has Verdana's
  // wide letters and large x-height, so lines break in nearly the same places.
  verdana: 'Verdana, "DejaVu Sans", sans-serif',
  // Gelasio is metric-compatible with Georgia but has no Cyrillic: where it stands in
  // for Georgia, Cyrillic falls through to DejaVu Serif, glyph by glyph.
  georgia: 'Georgia, Gelasio, "DejaVu Serif", serif',
  atkinson: `"${BUNDLED_FONTS.atkinson.family}", ${ATKINSON_CYRILLIC}`,
  opendyslexic: `"${BUNDLED_FONTS.opendyslexic.family}", ${OPENDYSLEXIC_REST}`,
};

const MONOSPACE = ':where(pre, code, kbd, samp, tt, pre *, code *)';

function isBundled(id: FontFamily): id is BundledFontId {
  return id in BUNDLED_FONTS;
}

/**
 * Every face of a bundled font, 400 and 700, upright and italic, per unicode-range subset.
 * No `font-display`: the engine makes the faces from the files' bytes, which are ready to
 * draw at once, and adds them before any rule uses the family.
 */
function fontFaceFiles(id: BundledFontId): FontFaceFile[] {
  const { family } = BUNDLED_FONTS[id];
  return BUNDLED_FONT_FILES.filter((file) => file.font === id).map((file) => ({
    family,
    path: `/${FONTS_DIR}/${file.file}`,
    descriptors: {
      weight: String(file.weight),
      style: file.style,
      unicodeRange: file.unicodeRange,
    },
  }));
}

export const fontFamily: Feature = {
  id: 'font-family',
  fields: ['fontFamily'],
  labels: ['panelFont'],
  metrics: true,
  css({ fontFamily: id }) {
    if (id === 'original') return '';
    // Form controls are measured text elements too (they do not inherit the font).
    // Code keeps its monospace font: its alignment carries meaning.
    return `${MEASURED_TEXT}:not(${MONOSPACE}) { font-family: ${FONT_STACKS[id]} !important; }`;
  },
  measures: ({ fontFamily: id }) => (id === 'original' ? [] : ['sizes', 'icons', 'clipping']),
  fontFaces({ fontFamily: id }) {
    return isBundled(id) ? fontFaceFiles(id) : [];
  },
};
