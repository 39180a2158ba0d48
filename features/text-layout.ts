/**
 * Keeps text readable and the layout whole while readable mode is on, whatever else is
 * chosen: no justified text (WCAG 1.4.8), long words wrap instead of pushing the page
 * sideways, the boxes the engine found clipping text are relaxed (a positioned box whose
 * text grew past the window's left edge is placed by its left edge), and what it found
 * widening the page wraps, scrolls in its own box or fits its container (WCAG 1.4.10;
 * engine/page-width.ts). A table that scrolls becomes a block around its own table box
 * (the usual responsive table), so it can have a scrollbar.
 *
 * Justification goes by CSS alone (`text-justify: none`, CSS Text 3: "intended for use in
 * user stylesheets to turn off justification for readability reasons"; Chromium and
 * Firefox draw such lines as text-align: start would). Only a browser without it has the
 * engine find and mark the justified elements: reading every text element's alignment
 * was most of what a page with nothing else chosen cost.
 */
import type { Feature } from '@/features/feature';
import { TEXT, textRule } from '@/features/selectors';
import {
  FIT_ATTRIBUTE,
  JUSTIFIED_ATTRIBUTE,
  RELAX_ATTRIBUTE,
  WRAP_ATTRIBUTE,
} from '@/utils/page-marks';

/** True where the browser can turn justification off by CSS. Asked in the page only. */
function unjustifiesByCss(): boolean {
  return typeof CSS !== 'undefined' && CSS.supports('text-justify', 'none');
}

export const textLayout: Feature = {
  id: 'text-layout',
  fields: [],
  labels: [],
  measures: () => (unjustifiesByCss() ? [] : ['justified']),
  css() {
    // The first line ends the first-paint hold (features/color-scheme/first-paint-hold.ts)
    // by moving its animation into the past; unlike removing it, that does not restart it
    // when this sheet goes.
    return `
:root { animation-delay: -1000s !important; }
[${JUSTIFIED_ATTRIBUTE}] { text-align: start !important; }
${textRule(TEXT, { 'overflow-wrap': 'break-word', 'text-justify': 'none' })}
[${RELAX_ATTRIBUTE}] {
  height: auto !important;
  max-height: none !important;
  overflow: visible !important;
  white-space: normal !important;
  text-overflow: clip !important;
  -webkit-line-clamp: unset !important;
}
[${RELAX_ATTRIBUTE}~="width"] { width: auto !important; max-width: 100% !important; }
[${WRAP_ATTRIBUTE}] { flex-wrap: wrap !important; white-space: normal !important; }
[${FIT_ATTRIBUTE}] { max-width: 100% !important; }
[${FIT_ATTRIBUTE}="scroll"] { overflow-x: auto !important; }
table[${FIT_ATTRIBUTE}="scroll"] { display: block !important; width: auto !important; }
[${FIT_ATTRIBUTE}="left"] { left: 0 !important; right: auto !important; }
[${FIT_ATTRIBUTE}="media"] { height: auto !important; }
[${FIT_ATTRIBUTE}="width"] {
  width: auto !important;
  min-width: 0 !important;
  box-sizing: border-box !important;
}`;
  },
};
