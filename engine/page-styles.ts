/**
 * Puts the features' CSS on the page, and takes it all away again. With readable mode
 * off nothing of Legible's stays in the document: off means off.
 */
import { colorScheme } from '@/features/color-scheme';
import type { Feature } from '@/features/feature';
import type { Settings } from '@/settings/schema';

export const FEATURES: readonly Feature[] = [colorScheme];

export function pageCss(settings: Settings, features: readonly Feature[] = FEATURES): string {
  if (!settings.enabled) return '';
  return features
    .map((feature) => feature.css(settings))
    .filter(Boolean)
    .join('\n');
}

export class PageStyles {
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  apply(settings: Settings): void {
    const css = pageCss(settings);
    if (!css) {
      this.remove();
      return;
    }
    if (!this.style) {
      this.style = this.doc.createElement('style');
    }
    if (this.style.textContent !== css) this.style.textContent = css;
    // Last in <html> so that it comes after the page's own sheets in the cascade.
    if (this.style.parentNode !== this.doc.documentElement || this.style.nextSibling) {
      this.doc.documentElement.append(this.style);
    }
  }

  remove(): void {
    this.style?.remove();
    this.style = null;
  }
}
