/**
 * Stand-ins: when Legible hides something that carries information (an image's alt
 * text, an embedded player's title), a short text element of Legible's own goes in its
 * place, so that hiding never hides information. Only these elements are added to the
 * page, and all of them go when the thing is shown again or readable mode goes off.
 * Shared by images (alt texts) and calm-pages (embed notes).
 */
import type { PageContext, PagePart } from '@/features/feature';
import type { Settings } from '@/settings/schema';

export class StandIns {
  private readonly added = new Set<Element>();

  /**
   * @param tag the stand-in element's name (a custom element the features style)
   * @param textOf what to say for an element, or null when it needs no stand-in
   */
  constructor(
    private readonly tag: string,
    private readonly textOf: (element: Element) => string | null,
  ) {}

  /** Adds a stand-in after each of `elements` that needs one and has none yet. */
  add(elements: Iterable<Element>): void {
    for (const element of elements) {
      if (element.nextElementSibling?.localName === this.tag) continue;
      const text = this.textOf(element);
      if (!text) continue;
      const standIn = element.ownerDocument.createElement(this.tag);
      standIn.textContent = text;
      element.after(standIn);
      this.added.add(standIn);
    }
  }

  clear(): void {
    for (const standIn of this.added) standIn.remove();
    this.added.clear();
  }
}

export interface StandInRule {
  /** The stand-in element's name (utils/page-marks.ts). */
  readonly tag: string;
  /** The elements that may need one. */
  readonly selector: string;
  /** Whether these settings hide those elements. */
  readonly hides: (settings: Settings) => boolean;
  readonly textOf: (element: Element) => string | null;
}

/**
 * The page part that keeps stand-ins beside what the settings hide: added with each
 * batch while hiding, to the whole page when hiding starts later, gone when it stops.
 */
export function standInPart(
  { roots }: PageContext,
  { tag, selector, hides, textOf }: StandInRule,
): PagePart {
  const standIns = new StandIns(tag, textOf);
  // Null until the first settings: the engine's first batch then hands over every element.
  let hiding: boolean | null = null;
  return {
    apply(settings) {
      const hidesNow = hides(settings);
      if (hiding === true && !hidesNow) standIns.clear();
      if (hiding === false && hidesNow) {
        for (const root of roots()) standIns.add(root.querySelectorAll(selector));
      }
      hiding = hidesNow;
    },
    added(elements) {
      if (hiding) standIns.add(elements);
    },
    stop() {
      standIns.clear();
      hiding = null;
    },
  };
}
