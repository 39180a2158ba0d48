/**
 * When images are hidden, puts each image's alt text in its place, so that hiding
 * images never hides information. Only Legible's own <legible-alt> elements are added,
 * and all of them go when images are shown again or readable mode is switched off.
 */
import { ALT_TEXT_TAG } from '@/features/images';

export class AltText {
  private readonly added = new Set<Element>();

  /** Adds alt text for the images among `elements` that have none yet. */
  add(elements: readonly Element[]): void {
    for (const element of elements) {
      if (
        element.tagName !== 'IMG' ||
        element.nextElementSibling?.tagName === ALT_TEXT_TAG.toUpperCase()
      )
        continue;
      const alt = element.getAttribute('alt')?.trim();
      if (!alt) continue;
      const label = element.ownerDocument.createElement(ALT_TEXT_TAG);
      label.textContent = alt;
      element.after(label);
      this.added.add(label);
    }
  }

  clear(): void {
    for (const label of this.added) label.remove();
    this.added.clear();
  }
}
