/**
 * Images: shown as they are, in grayscale, or hidden. A hidden image leaves its alt
 * text in its place (the page part adds it) so that no information is lost.
 */
import type { Feature } from '@/features/feature';
import { TEXT, textRule } from '@/features/selectors';
import { standInPart } from '@/features/stand-ins';
import { ALT_TEXT_TAG, ICON_ATTRIBUTE } from '@/utils/page-marks';

const PICTURES = `:where(img, picture, video, canvas, input[type="image"], [role="img"]:not(svg, [${ICON_ATTRIBUTE}]))`;

/** An image's alt text; decorative images (empty alt) need none. */
export function altTextOf(element: Element): string | null {
  if (element.localName !== 'img') return null;
  return element.getAttribute('alt')?.trim() || null;
}

export const images: Feature = {
  id: 'images',
  fields: ['images'],
  labels: ['panelImages'],
  // Icon glyphs marked role="img" are text, not pictures.
  measures: ({ images: mode }) => (mode === 'show' ? [] : ['icons']),
  css({ images: mode }) {
    if (mode === 'show') return '';
    if (mode === 'grayscale') {
      return `${PICTURES} { filter: grayscale(1) !important; }`;
    }
    return `${PICTURES} { display: none !important; }
${textRule(`${TEXT}:not(:empty)`, { 'background-image': 'none' })}
${ALT_TEXT_TAG} { display: inline !important; font-style: italic !important; }`;
  },
  page: (context) => [
    standInPart(context, {
      tag: ALT_TEXT_TAG,
      selector: 'img',
      hides: (settings) => settings.images === 'hide',
      textOf: altTextOf,
    }),
  ],
};
