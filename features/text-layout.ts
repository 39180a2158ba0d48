/**
 * Keeps text readable and the layout whole while readable mode is on, whatever else is
 * chosen: no justified text (WCAG 1.4.8), long words wrap instead of pushing the page
 * sideways, and the boxes the engine found clipping text are relaxed.
 */
import type { Feature } from '@/features/feature';
import { TEXT, textRule } from '@/features/selectors';
import { JUSTIFIED_ATTRIBUTE, RELAX_ATTRIBUTE, WRAP_ATTRIBUTE } from '@/utils/page-marks';

export const textLayout: Feature = {
  id: 'text-layout',
  fields: [],
  labels: [],
  measures: () => ['justified'],
  css() {
    // The first line ends public/first-paint-hold.css's hold by moving its animation
    // into the past; unlike removing it, that does not restart it when this sheet goes.
    return `
:root { animation-delay: -1000s !important; }
[${JUSTIFIED_ATTRIBUTE}] { text-align: start !important; }
${textRule(TEXT, { 'overflow-wrap': 'break-word' })}
[${RELAX_ATTRIBUTE}] {
  height: auto !important;
  max-height: none !important;
  overflow: visible !important;
  white-space: normal !important;
  text-overflow: clip !important;
  -webkit-line-clamp: unset !important;
}
[${RELAX_ATTRIBUTE}~="width"] { width: auto !important; max-width: 100% !important; }
[${WRAP_ATTRIBUTE}] { flex-wrap: wrap !important; white-space: normal !important; }`;
  },
};
