/**
 * Legible's one stylesheet in a document or an open shadow root. It can be switched
 * off for an instant (to measure the page's own styles) and put back if a page script
 * removes it.
 */

export type StyleRoot = Document | ShadowRoot;

export class StyleHost {
  private element: HTMLStyleElement | null = null;

  constructor(readonly root: StyleRoot) {}

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

  /** Puts the sheet back where a page script (or a rewritten <html>) removed it. */
  attach(): void {
    const element = this.element;
    if (!element || element.isConnected) return;
    const parent = this.root instanceof Document ? this.root.documentElement : this.root;
    parent?.append(element);
  }

  get attached(): boolean {
    return this.element?.isConnected ?? false;
  }

  setDisabled(disabled: boolean): void {
    if (this.element?.sheet) this.element.sheet.disabled = disabled;
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
  }
}
