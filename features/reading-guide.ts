/**
 * The reading guide: a band across the window, a few lines high, that follows the
 * pointer or the keyboard (the caret, or the focused element), with the rest of the
 * page dimmed in the colour scheme's background colour and the band edged in its text
 * colour (page's own colours: dimmed in grey). Like Chrome Reading Mode's and Edge
 * Immersive Reader's line focus, but on the real page.
 *
 * It never blocks the page: the host element takes no pointer events, so every click,
 * hover and selection reaches the page beneath, and it is hidden from assistive
 * technology. Top frame only; the one element it adds goes when it is switched off.
 *
 * The guide has its own script (entrypoints/reading-guide.content/), which the background
 * brings into a top frame the first time the guide is on there: most readers never turn
 * it on, so the every-frame content script carries only the part that asks for it.
 */
import { browser } from 'wxt/browser';
import { pagePalette } from '@/features/color-scheme/color-scheme';
import type { Feature, PagePart } from '@/features/feature';
import type { Settings } from '@/settings/schema';
import { GUIDE_TAG } from '@/utils/page-marks';
import { READING_GUIDE_WANTED_MESSAGE, type ReadingGuideWantedMessage } from '@/utils/protocol';

/** The page text's usual size before Legible's scale: the band is sized in its lines. */
const BASE_TEXT_PX = 16;

export interface GuideLook {
  /** Colour of the dimmed parts, with its opacity. */
  readonly dim: string;
  readonly dimOpacity: number;
  /** Colour of the band's edges. */
  readonly edge: string;
  /** Band height in CSS pixels. */
  readonly height: number;
}

/** How the guide looks for these settings: scheme colours, band as high as N lines of text. */
export function guideLook(settings: Settings): GuideLook {
  const palette = pagePalette(settings);
  const line = BASE_TEXT_PX * settings.fontScale * (settings.lineHeight ?? 1.5);
  return {
    dim: palette?.background ?? '#000000',
    dimOpacity: palette ? 0.85 : 0.55,
    edge: palette?.text ?? '#ffd400',
    height: Math.round(settings.readingGuideHeight * line),
  };
}

/** Where the band's top goes so it is centred on `y`, kept inside the window. */
export function bandTop(y: number, height: number, viewportHeight: number): number {
  return Math.min(Math.max(y - height / 2, 0), Math.max(viewportHeight - height, 0));
}

const SHADOW_CSS = `
.dim { position: fixed; left: 0; right: 0; box-sizing: border-box; pointer-events: none; }
.above { top: 0; border-bottom: 3px solid var(--edge); }
.below { bottom: 0; border-top: 3px solid var(--edge); }`;

/** Inline and !important: no page rule for an unknown element can move or show it. */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['pointer-events', 'none'],
  ['z-index', '2147483646'], // just under the panel, so the panel is never dimmed
];

export class ReadingGuide implements PagePart {
  private host: HTMLElement | null = null;
  private above: HTMLElement | null = null;
  private below: HTMLElement | null = null;
  private look: GuideLook | null = null;
  /** Where the band is centred; a third of the way down the window until the user moves. */
  private centre: number | null = null;
  private drawQueued = false;
  private listening: AbortController | null = null;

  // Nothing is read here: the guide is made on every page, at document_start, and most
  // users never turn it on.
  constructor(private readonly doc: Document) {}

  apply(settings: Settings): void {
    if (!settings.readingGuide) {
      this.stop();
      return;
    }
    this.look = guideLook(settings);
    if (!this.host) this.mount();
    this.paint();
    this.draw();
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    this.host?.remove();
    this.host = this.above = this.below = null;
    this.look = null;
  }

  private mount(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const host = this.doc.createElement(GUIDE_TAG);
    for (const [property, value] of HOST_STYLE)
      host.style.setProperty(property, value, 'important');
    host.setAttribute('aria-hidden', 'true');
    // Closed, like the panel's: the page is untrusted (issue #14), and its scripts get
    // null for host.shadowRoot. Only this object keeps the root's parts (above, below).
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = SHADOW_CSS;
    this.above = this.doc.createElement('div');
    this.above.className = 'dim above';
    this.below = this.doc.createElement('div');
    this.below.className = 'dim below';
    shadow.append(style, this.above, this.below);
    this.doc.documentElement.append(host);
    this.host = host;

    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // Only the user's own pointer and focus move the band: a pointermove or focusin the
    // page makes up (untrusted) is not the reader's (issue #14).
    view.addEventListener(
      'pointermove',
      (event) => {
        if (event.isTrusted) this.moveTo(event.clientY);
      },
      options,
    );
    this.doc.addEventListener('selectionchange', () => this.followCaret(), options);
    this.doc.addEventListener(
      'focusin',
      (event) => {
        if (event.isTrusted) this.followFocus(event.target);
      },
      options,
    );
    view.addEventListener('resize', () => this.draw(), options);
  }

  private moveTo(y: number): void {
    this.centre = y;
    if (this.drawQueued) return;
    this.drawQueued = true;
    this.doc.defaultView?.requestAnimationFrame(() => {
      this.drawQueued = false;
      this.draw();
    });
  }

  /** The keyboard caret (caret browsing, text fields): the band goes to its line. */
  private followCaret(): void {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.height > 0) this.moveTo(rect.top + rect.height / 2);
  }

  /** Tabbing to a link or control moves the band to it (unless it is taller than the band). */
  private followFocus(target: EventTarget | null): void {
    const element = target as Element | null;
    if (!element?.getBoundingClientRect || element.localName === GUIDE_TAG) return;
    const rect = element.getBoundingClientRect();
    if (rect.height > 0) this.moveTo(rect.top + Math.min(rect.height, this.look?.height ?? 0) / 2);
  }

  /** The guide's colours: set when the settings change, not on every pointer move. */
  private paint(): void {
    const { host, above, below, look } = this;
    if (!host || !above || !below || !look) return;
    host.style.setProperty('--edge', look.edge);
    for (const part of [above, below]) {
      part.style.background = look.dim;
      part.style.opacity = String(look.dimOpacity);
    }
  }

  /** Where the band is: run once per frame at most while the pointer moves. */
  private draw(): void {
    const { above, below, look } = this;
    const view = this.doc.defaultView;
    if (!above || !below || !look || !view) return;
    const top = bandTop(this.centre ?? view.innerHeight / 3, look.height, view.innerHeight);
    above.style.height = `${top}px`;
    below.style.height = `${Math.max(view.innerHeight - top - look.height, 0)}px`;
  }
}

/**
 * The every-frame part: asks for the guide's script once, when the guide is first on.
 * The script then follows the settings itself, and stops when readable mode goes off.
 */
export class ReadingGuideRequest implements PagePart {
  private asked = false;

  apply(settings: Settings): void {
    if (!settings.readingGuide || this.asked) return;
    this.asked = true;
    const wanted: ReadingGuideWantedMessage = { type: READING_GUIDE_WANTED_MESSAGE };
    // The extension is being reloaded: its new content script asks again.
    browser.runtime.sendMessage(wanted).catch(() => undefined);
  }

  stop(): void {
    // Nothing of it is in the page: the guide's script takes its own away.
  }
}

export const readingGuide: Feature = {
  id: 'reading-guide',
  fields: ['readingGuide', 'readingGuideHeight'],
  labels: ['readingGuide'],
  entrypoint: 'reading-guide.content',
  // The guide spans the window: the top frame draws it, over any frames inside.
  page: ({ doc }) => (doc.defaultView === doc.defaultView?.top ? [new ReadingGuideRequest()] : []),
};
