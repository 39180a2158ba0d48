/**
 * Selectors shared by the features.
 * - TEXT: every element but SVG and MathML drawing and Legible's own hosts. Colours go
 *   here: icons take the scheme's text colour like the text around them. A rule on
 *   TEXT matches every element, so it is checked against every element in every style
 *   recalculation: it is the bare `:where(*)`, and `textRule` follows each rule on it
 *   with a second one that undoes its properties on the drawings. That one's selectors
 *   are plain descendant selectors, which the browser rejects for most elements at
 *   once; the same exclusion written inside :not() walks every element's ancestors,
 *   and made Legible's share of a full style recalculation on a news page about twice
 *   as large.
 * - MEASURED_TEXT: the text elements the engine has measured (marked with their own
 *   size), minus icon glyphs (found by the scan and marked `data-legible-icon`, plus
 *   the well-known icon classes). Font, size and spacing go here only: keyed on the
 *   mark, these rules can be switched off cheaply while the engine measures new content,
 *   and an icon never gets a text font.
 */
import { GUIDE_TAG, ICON_ATTRIBUTE, PANEL_TAG, SIZE_ATTRIBUTE } from '@/utils/page-marks';

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

/** Where text lives in a document. Inside a shadow root there is no body: see SHADOW_SCOPE. */
export const DOCUMENT_SCOPE = ':where(body, body *)';
/** What replaces DOCUMENT_SCOPE in the copy of the CSS given to each open shadow root. */
export const SHADOW_SCOPE = ':where(*)';

/** Every element; write rules on it with `textRule`. Zero specificity. */
export const TEXT = ':where(*)';

/** What TEXT must not reach: drawings, and the hosts of Legible's own panel and guide. */
const NOT_TEXT = `svg, svg *, math, math *, ${PANEL_TAG}, ${GUIDE_TAG}`;

/**
 * A rule on `selector` (TEXT, or built from it), `!important`, followed by the rule that
 * gives the same properties back to the page (`revert-layer`) where TEXT must not
 * reach: both from one list, so they cannot drift apart. The second rule's specificity
 * is above TEXT's, so its place in the sheet does not matter.
 */
export function textRule(selector: string, declarations: Readonly<Record<string, string>>): string {
  const properties = Object.keys(declarations);
  const set = properties.map((property) => `  ${property}: ${declarations[property]} !important;`);
  const reverted = properties.map((property) => `${property}: revert-layer !important;`);
  return `${selector} {\n${set.join('\n')}\n}\n${NOT_TEXT} { ${reverted.join(' ')} }`;
}

/** Measured text elements, icons excluded. Zero specificity. */
export const MEASURED_TEXT = `:where([${SIZE_ATTRIBUTE}]):not(:where(${ICON_CLASSES}, [${ICON_ATTRIBUTE}]))`;
