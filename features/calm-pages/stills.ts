/**
 * Calm pages for animated GIFs, "where the browser allows" (WCAG 2.2.2): browsers give
 * extensions no switch to stop a GIF, so each one is drawn once onto a canvas, which
 * stands in its place (same size, its alt text as the canvas's label), and the moving
 * image is hidden until calm pages goes off. Drawing another site's image onto a
 * canvas is allowed; only reading the pixels back is not, and nothing is read back.
 * GIFs that arrive later (lazy loading, infinite scroll) are caught by their `load`
 * event. Only these canvases and one attribute are added, and all of them go when calm
 * pages goes off or readable mode stops.
 */

import { STILL_ATTRIBUTE } from '@/utils/page-marks';

/** A GIF by its address: the only animated format whose animation is the norm. */
export function isGif(source: string): boolean {
  return /^data:image\/gif[;,]/i.test(source) || /\.gif(?:$|[?#])/i.test(source);
}

export class StillImages {
  private readonly stills = new Map<HTMLImageElement, HTMLCanvasElement>();
  private listening: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  apply(calm: boolean): void {
    if (calm === (this.listening !== null)) return;
    if (!calm) {
      this.stop();
      return;
    }
    this.listening = new AbortController();
    // `load` does not bubble: the capture phase sees every image that finishes loading.
    this.doc.addEventListener('load', (event) => this.freeze(event.target), {
      capture: true,
      signal: this.listening.signal,
    });
    for (const image of this.doc.images) this.freeze(image);
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    for (const [image, still] of this.stills) {
      still.remove();
      image.removeAttribute(STILL_ATTRIBUTE);
    }
    this.stills.clear();
  }

  private freeze(target: EventTarget | null): void {
    const image = target as HTMLImageElement | null;
    if (image?.localName !== 'img' || this.stills.has(image)) return;
    if (!isGif(image.currentSrc || image.src)) return;
    // Not loaded yet: its load event comes back here.
    if (!image.complete || image.naturalWidth === 0) return;
    const { width, height } = image.getBoundingClientRect();
    if (width === 0 || height === 0) return; // not shown: nothing moves
    const still = this.doc.createElement('canvas');
    still.width = image.naturalWidth;
    still.height = image.naturalHeight;
    still.getContext('2d')?.drawImage(image, 0, 0);
    still.style.setProperty('width', `${width}px`, 'important');
    still.style.setProperty('height', `${height}px`, 'important');
    still.style.setProperty('display', 'inline-block', 'important');
    still.style.setProperty('vertical-align', getComputedStyle(image).verticalAlign);
    still.setAttribute('role', 'img');
    const alt = image.getAttribute('alt')?.trim();
    if (alt) still.setAttribute('aria-label', alt);
    else still.setAttribute('aria-hidden', 'true');
    image.after(still);
    image.setAttribute(STILL_ATTRIBUTE, '');
    this.stills.set(image, still);
  }
}
