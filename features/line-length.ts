/**
 * Line length (WCAG 1.4.8: no more than 80 characters): the page's text blocks are
 * capped at the chosen width in `ch` of their own font, so the cap follows font size
 * and font. Only max-inline-size is set: a block narrower than the cap, a navigation
 * row or a table keeps its layout, and nothing can get wider (no horizontal scrolling).
 * Code blocks keep their lines.
 */
import type { Feature } from '@/features/feature';
import { DOCUMENT_SCOPE } from '@/features/selectors';

const TEXT_BLOCKS =
  'p, li, dd, dt, blockquote, figcaption, caption, h1, h2, h3, h4, h5, h6, summary, legend';

export const lineLength: Feature = {
  id: 'line-length',
  fields: ['lineLength'],
  labels: ['lineLength'],
  // Narrower blocks are taller: a box of fixed height may clip them.
  measures: ({ lineLength: ch }) => (ch === null ? [] : ['clipping']),
  css({ lineLength: ch }) {
    if (ch === null) return '';
    return `${DOCUMENT_SCOPE}:where(${TEXT_BLOCKS}) { max-inline-size: ${ch}ch !important; }`;
  },
};
