import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import {
  BUNDLED_FONT_FILES,
  BUNDLED_FONTS,
  type BundledFontId,
} from '@/features/font-family/bundled-fonts';
import {
  BUNDLED_FONT_LICENCES,
  BUNDLED_FONT_SOURCES,
  sourceOf,
} from '@/features/font-family/font-sources';
import { FONT_STACKS, fontFamily, type FontChoiceId } from '@/features/font-family/font-family';
import { MEASURED_TEXT } from '@/features/selectors';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { FONT_FAMILIES, type FontFamily } from '@/settings/schema';

const require = createRequire(join(process.cwd(), 'package.json'));
const settings = (id: FontFamily) => ({ ...DEFAULT_SETTINGS, fontFamily: id });
const choices = Object.keys(FONT_STACKS) as FontChoiceId[];
const bundled = Object.keys(BUNDLED_FONTS) as BundledFontId[];

/** The families of a stack, unquoted. */
const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));

/** System families that have Cyrillic (Windows, macOS, Linux and ChromeOS versions alike). */
const CYRILLIC_FAMILIES = [
  'Arial',
  'Arimo',
  'Liberation Sans',
  'DejaVu Sans',
  'Verdana',
  'Times New Roman',
  'Tinos',
  'Liberation Serif',
  'DejaVu Serif',
];

describe('font family', () => {
  it('offers every font of the format but "original"', () => {
    expect([...choices].sort()).toEqual(FONT_FAMILIES.filter((id) => id !== 'original').sort());
  });

  it.each(choices)('%s ends its stack in a generic family', (id) => {
    expect(families(FONT_STACKS[id]).at(-1)).toMatch(/^(serif|sans-serif)$/);
  });

  it.each(choices)('%s puts its stack on the text with !important', (id) => {
    const css = cssOf(fontFamily, settings(id));
    expect(css).toContain(`font-family: ${FONT_STACKS[id]} !important;`);
    expect(css.startsWith(MEASURED_TEXT)).toBe(true);
  });

  it('leaves the page alone for "original"', () => {
    expect(cssOf(fontFamily, settings('original'))).toBe('');
    expect(fontFamily.fontFaces!(settings('original'))).toEqual([]);
  });

  it.each(['arial', 'times', 'verdana', 'georgia'] as const)(
    '%s uses system fonts only: no font face',
    (id) => {
      expect(fontFamily.fontFaces!(settings(id))).toEqual([]);
    },
  );

  describe.each(bundled)('bundled %s', (id) => {
    const faces = fontFamily.fontFaces!(settings(id));
    const files = BUNDLED_FONT_FILES.filter((file) => file.font === id);

    it('comes first in its stack under its private family name', () => {
      expect(families(FONT_STACKS[id])[0]).toBe(BUNDLED_FONTS[id].family);
    });

    it('names one face per shipped file, with its descriptors', () => {
      expect(faces).toHaveLength(files.length);
      for (const file of files) {
        const face = faces.find(({ path }) => path === `/fonts/${file.file}`);
        expect(face, file.file).toEqual({
          family: BUNDLED_FONTS[id].family,
          path: `/fonts/${file.file}`,
          descriptors: {
            weight: String(file.weight),
            style: file.style,
            unicodeRange: file.unicodeRange,
          },
        });
      }
    });

    it('refers to shipped files only, by their path in the build, each with a unicode-range', () => {
      const shipped = new Set(BUNDLED_FONT_FILES.map(({ file }) => `/fonts/${file}`));
      for (const face of faces) {
        expect(shipped.has(face.path), face.path).toBe(true);
        expect(face.descriptors.unicodeRange).toMatch(/^U\+[0-9A-F]/);
      }
    });

    it('ships 400 and 700, upright and italic, for every subset', () => {
      for (const subset of new Set(files.map((file) => file.subset))) {
        const faces = files
          .filter((file) => file.subset === subset)
          .map(({ weight, style }) => `${weight} ${style}`);
        expect(faces.sort()).toEqual(['400 italic', '400 normal', '700 italic', '700 normal']);
      }
    });

    it('leaves Cyrillic to a family that has it, where it has none', () => {
      const [first, next] = families(FONT_STACKS[id]);
      expect(first).toBe(BUNDLED_FONTS[id].family);
      if (!BUNDLED_FONT_SOURCES[id].coversCyrillic) expect(CYRILLIC_FAMILIES).toContain(next);
    });
  });

  it('declares only the chosen font', () => {
    const familiesOf = (id: FontFamily) => [
      ...new Set(fontFamily.fontFaces!(settings(id)).map((face) => face.family)),
    ];
    expect(familiesOf('atkinson')).toEqual([BUNDLED_FONTS.atkinson.family]);
    expect(familiesOf('opendyslexic')).toEqual([BUNDLED_FONTS.opendyslexic.family]);
  });

  it.each(BUNDLED_FONT_FILES.map((file) => [file.file, file] as const))(
    '%s exists in node_modules',
    (_, file) => {
      expect(existsSync(require.resolve(sourceOf(file)))).toBe(true);
    },
  );

  it.each(BUNDLED_FONT_LICENCES.map((licence) => [licence.file, licence] as const))(
    '%s comes from the package and is the OFL',
    (_, licence) => {
      expect(readFileSync(require.resolve(licence.source), 'utf8')).toContain(
        'SIL OPEN FONT LICENSE Version 1.1',
      );
    },
  );

  it.each(BUNDLED_FONT_FILES.filter((file) => file.font === 'atkinson').map((f) => [f.file, f]))(
    "%s has the unicode-range of the package's CSS",
    (_, file) => {
      const sheet = `${file.weight}${file.style === 'italic' ? '-italic' : ''}.css`;
      const css = readFileSync(
        require.resolve(`${BUNDLED_FONT_SOURCES.atkinson.npmPackage}/${sheet}`),
        'utf8',
      );
      const rule = css.split('@font-face').find((r) => r.includes(`/${file.file}`));
      expect(rule).toContain(`unicode-range: ${file.unicodeRange};`);
    },
  );
});
