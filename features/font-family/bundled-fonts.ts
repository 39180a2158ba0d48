/**
 * The fonts Legible ships inside the extension, as plain data: which woff2 files, where
 * they come from in node_modules, and the font-face descriptors each one needs.
 *
 * Two readers: wxt.config.ts copies the files into the build's fonts/ folder (in Node,
 * at build time), and features/font-family/font-family.ts names their faces, which the
 * engine loads into the page from their bytes (in the content script). So this module
 * imports nothing at run time and touches neither browser nor Node APIs; wxt.config.ts
 * imports it by relative path, as the `@/` alias is not set up while the config itself
 * loads. Where the files come from is in font-sources.ts, which only the build and the
 * tests read: every frame's content script carries this module.
 */
import type { FontFamily } from '@/settings/schema';

/** The font-family settings served by a bundled font rather than one on the system. */
export type BundledFontId = Extract<FontFamily, 'atkinson' | 'opendyslexic'>;

export interface BundledFont {
  /**
   * The family name of the faces Legible adds. Private, so a page that declares or
   * installs its own "Atkinson Hyperlegible" (another version, other subsets) can neither
   * replace ours nor be replaced by ours: our faces are document-wide.
   */
  readonly family: string;
}

export const BUNDLED_FONTS: Readonly<Record<BundledFontId, BundledFont>> = {
  atkinson: { family: 'Legible Atkinson Hyperlegible' },
  opendyslexic: { family: 'Legible OpenDyslexic' },
};

/** Folder in the build (and in runtime URLs) that holds the fonts and their licences. */
export const FONTS_DIR = 'fonts';

/**
 * unicode-range per subset, copied from the packages' CSS (`400.css` etc.; the test
 * compares them), so a page loads only the files for the characters it shows.
 */
const ATKINSON_RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

/**
 * OpenDyslexic's package CSS has no unicode-range (one file per style). This is the set
 * of Unicode blocks the font has glyphs in, read from its cmap: Latin, IPA, Greek and
 * Cyrillic (U+0000-052F), phonetic and Latin/Greek extended, punctuation to dingbats,
 * Latin Extended-C/D/E and the fi/fl ligatures. It keeps pages in other scripts (CJK,
 * Arabic…) from downloading 115 KB for nothing; a character in range that the font
 * lacks still falls through to the next family of the stack.
 */
const OPENDYSLEXIC_RANGE =
  'U+0000-052F,U+1D00-1FFF,U+2000-27FF,U+2C60-2C7F,U+2E00-2E7F,U+A720-A7FF,U+AB30-AB6F,U+FB00-FB06';

export interface BundledFontFile {
  readonly font: BundledFontId;
  readonly weight: 400 | 700;
  readonly style: 'normal' | 'italic';
  readonly subset: string;
  readonly unicodeRange: string;
  /** File name inside FONTS_DIR in the build, as in its package (font-sources.ts). */
  readonly file: string;
}

/** 400 and 700, upright and italic: what <b>, <strong>, <em> and headings need. */
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

function files(
  font: BundledFontId,
  fontsourceId: string,
  ranges: Readonly<Record<string, string>>,
): BundledFontFile[] {
  return Object.entries(ranges).flatMap(([subset, unicodeRange]) =>
    FACES.map(({ weight, style }) => ({
      font,
      weight,
      style,
      subset,
      unicodeRange,
      file: `${fontsourceId}-${subset}-${weight}-${style}.woff2`,
    })),
  );
}

/** Every woff2 file the build ships (12 files, about 580 KB; woff2 only, as every target browser reads it). */
export const BUNDLED_FONT_FILES: readonly BundledFontFile[] = [
  ...files('atkinson', 'atkinson-hyperlegible', ATKINSON_RANGES),
  ...files('opendyslexic', 'opendyslexic', { latin: OPENDYSLEXIC_RANGE }),
];
