/**
 * What the browser really painted, read from its screenshots (PNG from a capture, JPEG
 * from a Chromium trace's frames) rather than from styles a script can see: a page script
 * cannot see the canvas a transparent root lets through. The pictures are decoded by one
 * of the browser's own pages (any page with a canvas), so no image library is needed.
 */
import type { Page } from 'puppeteer-core';

export interface Painted {
  /** The colours painted, most of the picture first, as #rrggbb, with their share (0 to 1). */
  readonly colors: readonly { readonly hex: string; readonly share: number }[];
  /** The mean relative luminance (WCAG), 0 for black to 1 for white. */
  readonly luminance: number;
}

/** Decodes each base64 picture (`image/png` or `image/jpeg`) in `decoder`. */
export function paintedIn(
  decoder: Page,
  pictures: readonly string[],
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Painted[]> {
  return decoder.evaluate(
    async (pictures, type) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const hex = (c: number) => c.toString(16).padStart(2, '0');
      const read = async (picture: string) => {
        const bytes = Uint8Array.from(atob(picture), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const counts = new Map<string, number>();
        let luminance = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          luminance += 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          const key = `#${hex(r)}${hex(g)}${hex(b)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const pixels = data.length / 4;
        return {
          colors: [...counts]
            .sort(([, a], [, b]) => b - a)
            .slice(0, 8)
            .map(([hex, count]) => ({ hex, share: count / pixels })),
          luminance: luminance / pixels,
        };
      };
      return Promise.all(pictures.map(read));
    },
    pictures,
    type,
  );
}
