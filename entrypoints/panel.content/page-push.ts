/**
 * Makes room for the panel instead of covering the page: the document is pushed down by
 * the panel's height, and headers the page pins to the top of the window (fixed or
 * sticky at top: 0, marked by the engine's scan) move down with it, so the page's first
 * heading stays visible and clickable. Follows the panel's height as it wraps or
 * collapses. On narrow screens (where the wrapped panel is tall) the panel scrolls
 * away with the page instead of staying fixed (panel.css), so pinned headers stay put.
 */
import { PINNED_ATTRIBUTE } from '@/utils/page-marks';

/** Keep in step with the narrow-screen media query in entrypoints/panel.content/panel.css. */
export const NARROW_MAX_PX = 600;

export class PagePush {
  private style: HTMLStyleElement | null = null;
  private observer: ResizeObserver | null = null;

  constructor(private readonly doc: Document) {}

  follow(panel: HTMLElement): void {
    this.observer = new ResizeObserver(() => this.push(panel.getBoundingClientRect().height));
    this.observer.observe(panel);
  }

  private push(height: number): void {
    const px = `${Math.ceil(height)}px`;
    this.style ??= this.doc.createElement('style');
    this.style.textContent = `@layer legible {
:root { padding-top: ${px} !important; scroll-padding-top: ${px} !important; }
@media (min-width: ${NARROW_MAX_PX + 1}px) { [${PINNED_ATTRIBUTE}] { top: ${px} !important; } }
}`;
    if (!this.style.isConnected) this.doc.documentElement.append(this.style);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.style?.remove();
    this.style = null;
  }
}
