/**
 * Font family: puts the chosen font on every text element of the page and, for the two
 * fonts Legible ships (Atkinson Hyperlegible, OpenDyslexic), declares their @font-face
 * rules. `original` leaves the page's fonts alone.
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
import type { AssetUrls, Feature } from '@/features/feature';
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

function fontFaceRules(id: BundledFontId, urls: AssetUrls): string {
  const { family } = BUNDLED_FONTS[id];
  // font-display: block: the text stays invisible for up to ~3 s rather than showing in
  // the page's font and jumping once ours arrives. The files are local to the extension,
  // so in practice the wait is a few milliseconds.
  return BUNDLED_FONT_FILES.filter((file) => file.font === id)
    .map(
      (file) => `@font-face {
  font-family: "${family}";
  src: url("${urls.assetUrl(`/${FONTS_DIR}/${file.file}`)}") format("woff2");
  font-weight: ${file.weight};
  font-style: ${file.style};
  font-display: block;
  unicode-range: ${file.unicodeRange};
}`,
    )
    .join('\n');
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
  fontFaces({ fontFamily: id }, urls) {
    return isBundled(id) ? fontFaceRules(id, urls) : '';
  },
};
