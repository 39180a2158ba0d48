/**
 * Shows the sentence being read with the CSS Custom Highlight API: a named highlight
 * over a Range, painted by a `::highlight()` rule in a constructed stylesheet adopted by
 * the document. Neither is markup: the page's DOM is never changed (rewriting it, as
 * some readers do, breaks links and layout), and `clear()` leaves nothing behind.
 */
import { pagePalette } from '@/features/color-scheme/color-scheme';
import type { Settings } from '@/settings/schema';
import { HIGHLIGHT_NAME } from '@/utils/page-marks';

export interface HighlightColors {
  readonly text: string;
  readonly background: string;
}

export class SentenceHighlight {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Whether this browser can draw it; without it, reading goes on unhighlighted. */
  static supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  show(range: Range, colors: HighlightColors): void {
    if (!SentenceHighlight.supported()) return;
    this.style(colors);
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    scrollIntoView(range, this.doc);
  }

  clear(): void {
    if (SentenceHighlight.supported()) CSS.highlights.delete(HIGHLIGHT_NAME);
    const sheet = this.sheet;
    this.sheet = null;
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  private style({ text, background }: HighlightColors): void {
    // An underline as well as colours: the sentence stays findable where colours are
    // overridden (forced colours) or close to the page's own.
    const css = `::highlight(${HIGHLIGHT_NAME}) { color: ${text}; background-color: ${background}; text-decoration: underline 2px; }`;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }
}

/** Brings the sentence into view when it is off-screen (or under the panel, at the top). */
function scrollIntoView(range: Range, doc: Document): void {
  const view = doc.defaultView;
  const box = range.getBoundingClientRect();
  if (!view || (box.top >= view.innerHeight * 0.15 && box.bottom <= view.innerHeight)) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  const moved = range.getBoundingClientRect();
  if (moved.top < view.innerHeight * 0.15 || moved.bottom > view.innerHeight) {
    view.scrollBy({ top: moved.top - view.innerHeight / 3 });
  }
}

/**
 * The highlight in the page's colours: the colour scheme's (or the user's own) text and
 * background swapped, as for the selection; black on yellow on the page's own colours.
 */
export function highlightColors(settings: Settings): HighlightColors {
  const palette = pagePalette(settings);
  if (!palette) return { text: '#000000', background: '#ffe866' };
  return { text: palette.background, background: palette.text };
}
