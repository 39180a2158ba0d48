/**
 * Images: shown as they are, in grayscale, or hidden. A hidden image leaves its alt
 * text in its place (the engine inserts it) so that no information is lost.
 */
import type { Feature } from '@/features/feature';
import { ICON_ATTRIBUTE, TEXT, textRule } from '@/features/selectors';

/** The element the engine puts in place of a hidden image to show its alt text. */
export const ALT_TEXT_TAG = 'legible-alt';

const PICTURES = `:where(img, picture, video, canvas, input[type="image"], [role="img"]:not(svg, [${ICON_ATTRIBUTE}]))`;

export const images: Feature = {
  id: 'images',
  css({ images: mode }) {
    if (mode === 'show') return '';
    if (mode === 'grayscale') {
      return `${PICTURES} { filter: grayscale(1) !important; }`;
    }
    return `${PICTURES} { display: none !important; }
${textRule(`${TEXT}:not(:empty)`, { 'background-image': 'none' })}
${ALT_TEXT_TAG} { display: inline !important; font-style: italic !important; }`;
  },
};
