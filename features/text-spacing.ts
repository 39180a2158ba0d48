/**
 * Text spacing (WCAG 1.4.12): letter, word and line spacing on every text element and
 * space after paragraphs, each in units of the element's own font size so that the
 * spacing grows with the text. 0 / null leave the page's own spacing.
 */
import type { Feature } from '@/features/feature';
import { DOCUMENT_SCOPE, MEASURED_TEXT } from '@/features/selectors';

export const textSpacing: Feature = {
  id: 'text-spacing',
  fields: ['letterSpacing', 'wordSpacing', 'lineHeight', 'paragraphSpacing'],
  labels: ['panelLetterSpacing', 'panelLineSpacing'],
  metrics: true,
  measures({ letterSpacing, wordSpacing, lineHeight, paragraphSpacing }) {
    if (letterSpacing > 0 || wordSpacing > 0 || lineHeight !== null)
      return ['sizes', 'icons', 'clipping'];
    return paragraphSpacing === null ? [] : ['clipping'];
  },
  css({ letterSpacing, wordSpacing, lineHeight, paragraphSpacing }) {
    const text: string[] = [];
    if (letterSpacing > 0) text.push(`letter-spacing: ${letterSpacing}em !important;`);
    if (wordSpacing > 0) text.push(`word-spacing: ${wordSpacing}em !important;`);
    if (lineHeight !== null) text.push(`line-height: ${lineHeight} !important;`);
    const rules = text.length > 0 ? [`${MEASURED_TEXT} { ${text.join(' ')} }`] : [];
    if (paragraphSpacing !== null) {
      // Scoped like every rule, so that shadow roots get it too (engine/page-css.ts).
      rules.push(
        `${DOCUMENT_SCOPE}:where(p) { margin-block-end: ${paragraphSpacing}em !important; }`,
      );
    }
    return rules.join('\n');
  },
};
