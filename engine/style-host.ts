/**
 * Legible's stylesheets in one document or open shadow root: the presentation sheet
 * and the metrics sheet (see page-css.ts). The metrics sheet can be switched off for an
 * instant, to measure the page's own styles; both are put back if a page script
 * removes them.
 */
import type { PageCss } from '@/engine/page-css';

export type StyleRoot = Document | ShadowRoot;

class Sheet {
  private element: HTMLStyleElement | null = null;

  constructor(private readonly root: StyleRoot) {}

  set(css: string): void {
    if (!css) {
      this.remove();
      return;
    }
    const doc = this.root instanceof Document ? this.root : this.root.ownerDocument;
    this.element ??= doc.createElement('style');
    if (this.element.textContent !== css) this.element.textContent = css;
    this.attach();
  }

  attach(): void {
    const element = this.element;
    if (!element || element.isConnected) return;
    const parent = this.root instanceof Document ? this.root.documentElement : this.root;
    parent?.append(element);
  }

  setDisabled(disabled: boolean): void {
    if (this.element?.sheet) this.element.sheet.disabled = disabled;
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}

export class StyleHost {
  private readonly presentation: Sheet;
  private readonly metrics: Sheet;

  constructor(readonly root: StyleRoot) {
    this.presentation = new Sheet(root);
    this.metrics = new Sheet(root);
  }

  set(css: PageCss): void {
    this.presentation.set(css.presentation);
    this.metrics.set(css.metrics);
  }

  /** Puts the sheets back where a page script (or a rewritten <html>) removed them. */
  attach(): void {
    this.presentation.attach();
    this.metrics.attach();
  }

  /** Switches the metrics sheet off (true) or back on, to measure the page's own styles. */
  setMetricsDisabled(disabled: boolean): void {
    this.metrics.setDisabled(disabled);
  }

  remove(): void {
    this.presentation.remove();
    this.metrics.remove();
  }
}
