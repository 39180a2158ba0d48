/**
 * Stand-ins: when Legible hides something that carries information (an image's alt
 * text, an embedded player's title), a short text element of Legible's own goes in its
 * place, so that hiding never hides information. Only these elements are added to the
 * page, and all of them go when the thing is shown again or readable mode goes off.
 */
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

/** An image's alt text; decorative images (empty alt) need none. */
export function altTextOf(element: Element): string | null {
  if (element.localName !== 'img') return null;
  return element.getAttribute('alt')?.trim() || null;
}

/**
 * What a hidden embed was: its title or label (as screen readers would say), else the
 * site it came from, after `hidden()`, the localized "Embedded media hidden" (asked for
 * once, and only when there is an embed).
 */
export function embedTextOf(words: () => string): (element: Element) => string | null {
  let said: string | undefined;
  return (element) => {
    if (!['iframe', 'embed', 'object'].includes(element.localName)) return null;
    const hidden = (said ??= words());
    const name =
      element.getAttribute('title')?.trim() || element.getAttribute('aria-label')?.trim();
    if (name) return `${hidden}: ${name}`;
    const source = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
    try {
      return `${hidden}: ${new URL(source, element.baseURI).hostname}`;
    } catch {
      return hidden;
    }
  };
}
