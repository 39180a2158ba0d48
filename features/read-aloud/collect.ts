/**
 * What to read: the selection when there is one, else from the block under focus (or,
 * failing that, the first paragraph of the main content) to the end of the main
 * content. The text is read from the page's own text nodes in document order, leaving
 * out what the reader cannot see (hidden elements, scripts, form controls) and
 * Legible's own elements, and it is cut into sentences block by block, so a heading
 * never runs into the paragraph after it. Each sentence keeps a DOM Range over the
 * text nodes it came from: the highlight is drawn on it without touching the markup.
 */
import { declaredLanguage, detectLanguage } from '@/features/read-aloud/language';
import { hasWords, splitSentences, spokenText } from '@/features/read-aloud/sentences';
import { TAG_PREFIX } from '@/utils/page-marks';

export interface Sentence {
  /** The words to speak, whitespace collapsed. */
  readonly text: string;
  /** The primary language subtag that picks the voice. */
  readonly lang: string;
  readonly range: Range;
}

export interface ReadingStart {
  /** The user's selection, if any; a collapsed one marks a place, like focus. */
  readonly selection: Range | null;
  /** The element with focus (or last with focus) on the page, if any. */
  readonly focus: Node | null;
}

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'input',
  'svg',
  'math',
  'iframe',
  'canvas',
  'video',
  'audio',
  'object',
]);

const MAIN = 'main, [role="main"], article';

/** Legible's own elements (the panel, the alt text shown for hidden images) start so. */
export function isLegibleElement(element: Element): boolean {
  return element.localName.startsWith(TAG_PREFIX);
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName) || isLegibleElement(element)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

function isBlock(element: Element): boolean {
  const display = getComputedStyle(element).display;
  // An empty display is what a DOM without layout (tests) gives inline elements.
  return display !== '' && !display.startsWith('inline') && display !== 'contents';
}

function blockOf(node: Node): Element | null {
  let element = node instanceof Element ? node : node.parentElement;
  while (element && !isBlock(element)) element = element.parentElement;
  return element;
}

/** Whether `node` is inside something read aloud never reads (or outside the body). */
function isOutOfReach(node: Node, body: HTMLElement): boolean {
  if (!body.contains(node)) return true;
  for (
    let element = node instanceof Element ? node : node.parentElement;
    element && element !== body;
    element = element.parentElement
  ) {
    if (isSkipped(element)) return true;
  }
  return false;
}

/** A piece of a block's text: part of one text node. */
interface Piece {
  readonly node: Text;
  /** Where the piece starts in the node, and in the block's joined text. */
  readonly nodeOffset: number;
  readonly textOffset: number;
  readonly length: number;
}

function* textNodes(root: Node, from: Node | null): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && isSkipped(node)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let started = from === null;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    // `from` itself, its contents and everything after it in document order.
    started ||=
      node === from ||
      !!((from?.compareDocumentPosition(node) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (started && node instanceof Text) yield node;
  }
}

function sentencesOf(pieces: Piece[], block: Element | null, doc: Document): Sentence[] {
  const text = pieces
    .map((piece) => piece.node.data.slice(piece.nodeOffset, piece.nodeOffset + piece.length))
    .join('');
  const last = pieces[pieces.length - 1];
  if (!last || !hasWords(text)) return [];
  const lang = declaredLanguage(block) || detectLanguage(text);
  // The piece holding a text offset: the first one starting there for a start, the one
  // ending there for an end, so a sentence never begins or ends in a neighbouring node.
  const at = (offset: number, isEnd: boolean): [Text, number] => {
    const piece =
      pieces.find((p) =>
        isEnd
          ? offset > p.textOffset && offset <= p.textOffset + p.length
          : offset >= p.textOffset && offset < p.textOffset + p.length,
      ) ?? last;
    return [piece.node, piece.nodeOffset + offset - piece.textOffset];
  };
  return splitSentences(text, lang).map(({ start, end }) => {
    const range = doc.createRange();
    range.setStart(...at(start, false));
    range.setEnd(...at(end, true));
    return { text: spokenText(text.slice(start, end)), lang, range };
  });
}

/** Where reading starts when nothing is selected: the focused block, else the first main paragraph. */
function startingBlock(doc: Document, body: HTMLElement, place: Node | null): Element {
  if (place && place !== body && place !== doc.documentElement && !isOutOfReach(place, body)) {
    const block = blockOf(place);
    if (block && block !== body) return block;
  }
  const main = doc.querySelector(MAIN) ?? body;
  const paragraph = [...main.querySelectorAll('p')].find(
    (p) => !isOutOfReach(p.firstChild ?? p, body) && !isSkipped(p) && hasWords(p.textContent ?? ''),
  );
  return paragraph ?? main;
}

export function collectSentences(doc: Document, { selection, focus }: ReadingStart): Sentence[] {
  const body = doc.body;
  if (!body) return [];
  const selected =
    selection && !selection.collapsed && !isOutOfReach(selection.commonAncestorContainer, body)
      ? selection
      : null;

  let root: Node;
  let from: Node | null;
  if (selected) {
    root = selected.commonAncestorContainer;
    from = null;
  } else {
    const start = startingBlock(doc, body, selection?.startContainer ?? focus);
    // To the end of the main content the reading starts in, else of the page.
    root = start.closest(MAIN) ?? body;
    from = start;
  }

  const sentences: Sentence[] = [];
  let pieces: Piece[] = [];
  let block: Element | null = null;
  let length = 0;
  const flush = () => {
    sentences.push(...sentencesOf(pieces, block, doc));
    pieces = [];
    length = 0;
  };
  for (const node of root instanceof Text ? [root] : textNodes(root, from)) {
    let nodeOffset = 0;
    let end = node.data.length;
    if (selected) {
      if (!selected.intersectsNode(node)) continue;
      if (node === selected.startContainer) nodeOffset = selected.startOffset;
      if (node === selected.endContainer) end = selected.endOffset;
    }
    if (end <= nodeOffset) continue;
    const nodeBlock = blockOf(node);
    if (nodeBlock !== block) {
      flush();
      block = nodeBlock;
    }
    pieces.push({ node, nodeOffset, textOffset: length, length: end - nodeOffset });
    length += end - nodeOffset;
  }
  flush();
  return sentences;
}
