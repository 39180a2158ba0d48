/**
 * Where the bundled fonts (bundled-fonts.ts) come from, for the build and the tests
 * only: the pinned @fontsource package of each, its licence, and what its files cover.
 * Kept apart so that the every-frame content script, which names the faces, carries
 * none of it. The files are not committed: they come from the pinned packages, so the
 * licence and the provenance of every byte is the package's. wxt.config.ts imports this
 * by relative path, as it does bundled-fonts.ts.
 */
import { BUNDLED_FONTS, type BundledFontFile, type BundledFontId } from './bundled-fonts';

export interface BundledFontSource {
  /** The npm package the files come from (a pinned devDependency). */
  readonly npmPackage: string;
  /**
   * Whether the shipped files hold Cyrillic, Belarusian ў (U+045E) and і (U+0456)
   * included. Checked against the files' cmap tables (fontTools) for the pinned version.
   */
  readonly coversCyrillic: boolean;
  /** The licence copied next to the files, as `fonts/<licenceFile>`. */
  readonly licenceFile: string;
}

export const BUNDLED_FONT_SOURCES: Readonly<Record<BundledFontId, BundledFontSource>> = {
  // Fontsource ships Atkinson Hyperlegible (and "Next", v2) with latin and latin-ext
  // subsets only: neither font has Cyrillic. The original is kept: "Next" would not
  // change that, and it is the design the settings name.
  atkinson: {
    npmPackage: '@fontsource/atkinson-hyperlegible',
    coversCyrillic: false,
    licenceFile: 'OFL-atkinson-hyperlegible.txt',
  },
  // OpenDyslexic is not a Google font: Fontsource ships each style as one unsplit
  // "latin" file that holds the whole font, Cyrillic with ў and і included.
  opendyslexic: {
    npmPackage: '@fontsource/opendyslexic',
    coversCyrillic: true,
    licenceFile: 'OFL-opendyslexic.txt',
  },
};

/** The module path of a shipped file's source, resolvable from the project root. */
export function sourceOf(file: BundledFontFile): string {
  return `${BUNDLED_FONT_SOURCES[file.font].npmPackage}/files/${file.file}`;
}

/** The licence files the build ships beside the fonts: destination name and module path. */
export const BUNDLED_FONT_LICENCES: readonly { readonly file: string; readonly source: string }[] =
  (Object.keys(BUNDLED_FONTS) as BundledFontId[]).map((id) => ({
    file: BUNDLED_FONT_SOURCES[id].licenceFile,
    source: `${BUNDLED_FONT_SOURCES[id].npmPackage}/LICENSE`,
  }));
