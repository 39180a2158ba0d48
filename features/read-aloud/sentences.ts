/**
 * Splits text into sentences with the browser's own rules for the language
 * (`Intl.Segmenter`, granularity "sentence"), which know abbreviations and quotes
 * better than a regular expression would. Each sentence is given as offsets into the
 * text, whitespace trimmed, so it can be mapped back to the page's text nodes.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether a piece of text has anything to say: a letter or a digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function splitSentences(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  const spans: Span[] = [];
  // A line break in markup is plain space, but the segmenter ends a sentence there:
  // every whitespace character becomes a space (same length, so offsets still hold).
  for (const { segment, index } of segmenter.segment(text.replace(/\s/g, ' '))) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end > start && hasWords(text.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

/** The words of a sentence as they are spoken: runs of whitespace made one space. */
export function spokenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
