/**
 * Colour schemes: the portal panel's five schemes with their exact colours (PRODUCT.md,
 * each at least 7:1, WCAG 1.4.6). `original` leaves the page's colours alone.
 */
import type { Feature } from '@/features/feature';
import type { ColorSchemeId } from '@/settings/schema';

export interface SchemeColors {
  readonly text: string;
  readonly background: string;
}

export const SCHEME_COLORS: Readonly<Record<Exclude<ColorSchemeId, 'original'>, SchemeColors>> = {
  'black-on-white': { text: '#000000', background: '#FFFFFF' },
  'white-on-black': { text: '#FFFFFF', background: '#000000' },
  blue: { text: '#063462', background: '#9DD1FF' },
  beige: { text: '#4D4B43', background: '#F7F3D6' },
  green: { text: '#A9E44D', background: '#3B2716' },
};

export const colorScheme: Feature = {
  id: 'colorScheme',
  css({ colorScheme: id }) {
    if (id === 'original') return '';
    const { text, background } = SCHEME_COLORS[id];
    // SVG keeps its own painting (icons use currentColor and follow the text colour).
    // Background images go: a photo behind text would undo the contrast the scheme
    // promises. Links keep an underline, their only cue once every colour is the same.
    return `
html, body { background: ${background} !important; }
:where(html, body) *:not(svg, svg *) {
  color: ${text} !important;
  background-color: ${background} !important;
  background-image: none !important;
  border-color: ${text} !important;
  text-shadow: none !important;
}
a, a * { text-decoration: underline !important; }
::placeholder { color: ${text} !important; opacity: 1 !important; }
::selection { color: ${background} !important; background-color: ${text} !important; }`;
  },
};
