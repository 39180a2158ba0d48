/**
 * A readability feature: one setting's effect on the page, as CSS. Features export a
 * definition and the engine composes them; none registers itself on import.
 *
 * The engine wraps every feature's `css` in `@layer legible { … }`: important
 * declarations in a layer beat the page's unlayered `!important` ones (CSS Cascade 5),
 * so features write plain `prop: value !important` with low-specificity selectors.
 * `fontFaces` stays outside the layer (at-rules for fonts are document-wide).
 */
import type { Settings } from '@/settings/schema';

export interface FeatureContext {
  /** The address of a file shipped in the extension's public/ folder, e.g. "/fonts/x.woff2". */
  assetUrl(path: string): string;
}

export interface Feature {
  /** The settings field the feature applies. */
  readonly id: string;
  /** The CSS for these settings, or "" when the feature leaves the page alone. */
  css(settings: Settings, context: FeatureContext): string;
  /**
   * True when the rules change what the engine measures (font size, line height, font
   * family): they go in the metrics sheet, which is switched off while it measures.
   */
  readonly metrics?: boolean;
  /** @font-face rules the feature needs, or "". */
  fontFaces?(settings: Settings, context: FeatureContext): string;
}
