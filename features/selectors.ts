/**
 * Selectors shared by the features.
 * - TEXT: every element in the body but SVG and MathML drawing. Colours go here: icons
 *   take the scheme's text colour like the text around them.
 * - MEASURED_TEXT: the text elements the engine has measured (marked with their own
 *   size), minus icon glyphs (found by the scan and marked `data-legible-icon`, plus
 *   the well-known icon classes). Font, size and spacing go here only: keyed on the
 *   mark, these rules can be switched off cheaply while the engine measures new content,
 *   and an icon never gets a text font.
 */
import { SIZE_ATTRIBUTE } from '@/features/font-scale';

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

/** The custom element that hosts Legible's on-page panel: never restyled, never scanned. */
export const PANEL_TAG = 'legible-panel';

/** The custom element that hosts the reading guide's band: never restyled, never scanned. */
export const GUIDE_TAG = 'legible-guide';

/** Marked by the engine's scan on elements the page pins to the top of the window. */
export const PINNED_ATTRIBUTE = 'data-legible-pinned';

/** Marked by the engine's scan on elements drawn with an icon font or symbol glyphs. */
export const ICON_ATTRIBUTE = 'data-legible-icon';

/** Where text lives in a document. Inside a shadow root there is no body: see SHADOW_SCOPE. */
export const DOCUMENT_SCOPE = ':where(body, body *)';
/** What replaces DOCUMENT_SCOPE in the copy of the CSS given to each open shadow root. */
export const SHADOW_SCOPE = ':where(*)';

/** Every element of the body but drawings. Zero specificity. */
export const TEXT = `${DOCUMENT_SCOPE}:not(:where(svg, svg *, math, math *, ${PANEL_TAG}))`;

/** Measured text elements, icons excluded. Zero specificity. */
export const MEASURED_TEXT = `:where([${SIZE_ATTRIBUTE}]):not(:where(${ICON_CLASSES}, [${ICON_ATTRIBUTE}]))`;
