/**
 * What a readability feature is: one entry of the registry (features/index.ts), one
 * file or one folder in features/ named by its id. A feature says which settings fields
 * it owns, the CSS those settings give the page and, where CSS cannot do it all, a part
 * that runs in the page. Features export a definition; none registers itself on import.
 *
 * The engine wraps every feature's `css` in `@layer legible { … }`: important
 * declarations in a layer beat the page's unlayered `!important` ones (CSS Cascade 5),
 * so features write plain `prop: value !important` with low-specificity selectors.
 * Fonts a feature ships are not CSS: it names their files (`fontFaces`), and the engine
 * puts them in the document's FontFaceSet from their bytes (engine/font-host.ts), so no
 * extension address is ever written into the page.
 */
import type { MeasuredText } from '@/features/font-scale';
import type { SettingsField, Settings } from '@/settings/schema';
import type { MessageKey } from '@/utils/i18n';

export interface FeatureContext {
  /** The sizes and line-height ratios the engine has measured and marked so far. */
  readonly measured: MeasuredText;
}

/**
 * What the engine measures in the page for a feature (engine/text-scan.ts), each a cost
 * per element that a page pays only while some feature asks for it:
 * - sizes: each text element's own font size and line height (the marks that font,
 *   size and spacing rules select on);
 * - icons: icon glyphs, which keep their own font and spacing;
 * - justified: justified text;
 * - clipping: boxes that may clip text that takes more room (the layout guard);
 * - pinned: elements pinned to the top of the window (the panel moves them down).
 */
export type Measure = 'sizes' | 'icons' | 'justified' | 'clipping' | 'pinned';

/** One font face a feature needs in the page, from a file the extension ships. */
export interface FontFaceFile {
  readonly family: string;
  /** The file in the build, e.g. "/fonts/x.woff2". */
  readonly path: string;
  readonly descriptors: Readonly<FontFaceDescriptors>;
}

/** What a feature's page part may ask of the engine that runs it. */
export interface PageContext {
  readonly doc: Document;
  /** The document and every open shadow root the engine restyles. */
  roots(): Iterable<Document | ShadowRoot>;
}

/** The script part of a feature, one per document, started and stopped by the engine. */
export interface PagePart {
  /** The settings now in effect (readable mode on); called on every change. */
  apply(settings: Settings): void;
  /** Elements new to the page, once measured (the first batch is the whole page). */
  added?(elements: readonly Element[]): void;
  /** Readable mode went off: everything the part added goes. */
  stop(): void;
}

export interface Feature {
  /** Its file or folder in features/ (`font-scale` is `features/font-scale.ts`). */
  readonly id: string;
  /** The settings fields it owns: every field has one owner (features/conventions.test.ts). */
  readonly fields: readonly SettingsField[];
  /** The names of its controls in the panel, popup and options (none: always on). */
  readonly labels: readonly MessageKey[];
  /** The CSS for these settings, or "" when the feature leaves the page alone. */
  css?(settings: Settings, context: FeatureContext): string;
  /**
   * True when the rules change what the engine measures (font size, line height, font
   * family): they go in the metrics sheet, which is switched off while it measures.
   */
  readonly metrics?: boolean;
  /** What these settings need measured in the page (none: nothing). */
  measures?(settings: Settings): readonly Measure[];
  /** The font faces these settings need in the page (none: an empty list). */
  fontFaces?(settings: Settings): readonly FontFaceFile[];
  /** The parts that run in each document (none where it has nothing to do there). */
  page?(context: PageContext): readonly PagePart[];
  /**
   * Where the feature runs apart from the every-page content script (read aloud's
   * script comes only into tabs where it is asked for).
   */
  readonly entrypoint?: string;
}
