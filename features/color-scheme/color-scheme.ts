/**
 * Colour schemes: the portal panel's five schemes (their colours are in scheme-colors.ts),
 * or the user's own text, background and link colours
 * (`customColors`, which win over the scheme while on). `original` leaves the page's
 * colours alone.
 */
import { isDark } from '@/features/color-scheme/contrast';
import { SCHEME_COLORS } from '@/features/color-scheme/scheme-colors';
import type { Feature } from '@/features/feature';
import { TEXT, textRule } from '@/features/selectors';
import type { ColorSchemeId, Settings } from '@/settings/schema';

/** The colours the page is drawn in: a scheme's two (links in the text colour), or the user's three. */
export interface Palette {
  readonly text: string;
  readonly background: string;
  readonly link: string;
  readonly dark: boolean;
}

/** The palette these settings draw the page in, or null for the page's own colours. */
export function pagePalette(
  settings: Pick<
    Settings,
    'colorScheme' | 'customColors' | 'customText' | 'customBackground' | 'customLink'
  >,
): Palette | null {
  if (settings.customColors) {
    const { customText: text, customBackground: background, customLink: link } = settings;
    return { text, background, link, dark: isDark(background) };
  }
  if (settings.colorScheme === 'original') return null;
  const { text, background, dark } = SCHEME_COLORS[settings.colorScheme];
  return { text, background, link: text, dark };
}

/**
 * The scheme whose first-paint hold (first-paint-hold.ts) fits these settings. Own colours
 * have no sheet of their own (the build cannot know them): they take white-on-black's when
 * their background is dark, black-on-white's otherwise, so a dark page never starts white.
 */
export function holdSchemeFor(
  settings: Pick<Settings, 'colorScheme' | 'customColors' | 'customBackground'>,
): ColorSchemeId {
  if (!settings.customColors) return settings.colorScheme;
  return isDark(settings.customBackground) ? 'white-on-black' : 'black-on-white';
}

const CONTROLS = ':where(input, textarea, select, button, optgroup, option)';

export const colorScheme: Feature = {
  id: 'color-scheme',
  fields: ['colorScheme', 'customColors', 'customText', 'customBackground', 'customLink'],
  labels: ['panelColorScheme', 'ownColors'],
  css(settings) {
    const palette = pagePalette(settings);
    if (!palette) return '';
    const { text: fg, background: bg, link, dark } = palette;
    // A scheme has only two colours, so every state is told apart by shape, not hue:
    // links are underlined (visited ones dotted), focus gets a thick outline. Own
    // colours add a link colour, on top of the same shapes.
    // Background images go from boxes that hold text: a photo behind text would undo
    // the 7:1 contrast; empty boxes (sprites, icons drawn as backgrounds) keep theirs.
    // Inline SVG keeps its drawing; SVG text and currentColor icons take the text colour.
    // The link rule's selectors are written out (not in :where) so that the browser
    // rejects most elements at once; its higher specificity is meant: inside a link the
    // link colour wins, as it did by coming later.
    return `
:root, body { background: ${bg} !important; color: ${fg} !important; color-scheme: only ${dark ? 'dark' : 'light'}; }
${textRule(TEXT, {
  color: fg,
  'background-color': bg,
  'border-color': fg,
  'text-shadow': 'none',
  'box-shadow': 'none',
})}
${textRule(`${TEXT}:not(:empty)`, { 'background-image': 'none' })}
a:link, a:visited, a:link *, a:visited * {
  color: ${link} !important;
  text-decoration-line: underline !important;
  text-decoration-thickness: max(1px, 0.08em) !important;
}
:where(a:visited) { text-decoration-style: dotted !important; }
:where(:focus-visible) { outline: 3px solid ${fg} !important; outline-offset: 2px !important; }
${CONTROLS} { border: 1px solid ${fg} !important; }
::placeholder { color: ${fg} !important; opacity: 1 !important; font-style: italic !important; }
::selection { color: ${bg} !important; background-color: ${fg} !important; }
:where(svg text, svg tspan) { fill: ${fg} !important; }
:where(hr) { border-color: ${fg} !important; background-color: ${fg} !important; }`;
  },
};
