/**
 * Selectors shared by the features. "Text" means every element in the body that can
 * hold text, minus what must keep its own look: SVG and MathML drawing, icon fonts
 * (found by the engine's scan and marked `data-legible-icon`, plus the well-known icon
 * classes so they are safe before the scan reaches them), and Legible's own UI.
 */

/** Icon-font classes of Font Awesome, Material Icons/Symbols, Bootstrap Glyphicons and the like. */
export const ICON_CLASSES = [
  '.fa',
  '.fas',
  '.far',
  '.fab',
  '.fal',
  '.fad',
  '[class^="fa-"]',
  '[class*=" fa-"]',
  '.material-icons',
  '[class*="material-icons"]',
  '[class*="material-symbols"]',
  '.glyphicon',
  '[class^="icon-"]',
  '[class*=" icon-"]',
  '.dashicons',
  '[class^="bi-"]',
  '[class*=" bi-"]',
  '[data-icon]',
].join(', ');

/** Marked by the engine's scan on elements drawn with an icon font or symbol glyphs. */
export const ICON_ATTRIBUTE = 'data-legible-icon';

const KEEP_OWN_LOOK = `svg, svg *, math, math *, ${ICON_CLASSES}, [${ICON_ATTRIBUTE}]`;

/** Where text lives in a document. Inside a shadow root there is no body: see SHADOW_SCOPE. */
export const DOCUMENT_SCOPE = ':where(body, body *)';
/** What replaces DOCUMENT_SCOPE in the copy of the CSS given to each open shadow root. */
export const SHADOW_SCOPE = ':where(*)';

/** Every element that shows text, icons and drawings excluded. Zero specificity. */
export const TEXT = `${DOCUMENT_SCOPE}:not(:where(${KEEP_OWN_LOOK}))`;
