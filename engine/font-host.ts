/**
 * The bundled fonts' faces in one document: the engine asks for the faces the settings
 * need (the features' `fontFaces`), and this fetches their files from the extension,
 * makes FontFace objects of the bytes and adds them to `document.fonts`; the faces of a
 * font no longer chosen, and all of them when readable mode goes off, are taken out.
 *
 * Why bytes and not @font-face rules: a rule's `src` is an extension address, which the
 * page can read from Legible's <style> (in Firefox it holds the install's own UUID, the
 * same on every site: an identifier of the user). A FontFace made from bytes has no
 * address; the page sees its family, weight, style and range, as it sees the family in
 * the restyling itself. Such a face is ready to draw as soon as it is made, so text in it
 * never shows in another font first (what `font-display: block` gave the rules), at the
 * price of reading every file of the chosen font where the browser read only those used.
 */
import type { FontFaceFile } from '@/features/feature';

/** Reads a file the extension ships, by its path in the build ("/fonts/x.woff2"). */
export type FetchAsset = (path: string) => Promise<ArrayBuffer>;

/**
 * The longest the restyling waits for the faces (the first-paint hold's own limit): a
 * file that cannot be read must not keep the page unstyled. Faces that come later are
 * added then.
 */
export const FONT_WAIT_MS = 400;

function keyOf(files: readonly FontFaceFile[]): string {
  return files.map(({ family, path }) => `${family} ${path}`).join('\n');
}

export class FontHost {
  /** The faces in the document, and the files they were made from. */
  private faces: FontFace[] = [];
  private inKey = '';
  /** The files asked for last, and the promise that they will be in. */
  private wantKey = '';
  private pending: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly fetchAsset: FetchAsset,
  ) {}

  /**
   * Makes `files` the faces in the document. Returns null when they are in already (or
   * none are wanted), or a promise that settles once they are in (or after FONT_WAIT_MS;
   * a face whose file cannot be read is left out, and its text falls back to the next
   * family of its stack). The faces of the font before stay until then: its family is
   * still the one the page's rules name.
   */
  use(files: readonly FontFaceFile[]): Promise<void> | null {
    const key = keyOf(files);
    if (key === this.wantKey) return this.pending;
    this.wantKey = key;
    this.pending = null;
    if (key === this.inKey) return null;
    if (files.length === 0) {
      this.removeFaces();
      return null;
    }
    const loaded = this.load(files).then((faces) => {
      // Only if still wanted: another font may have been chosen meanwhile.
      if (this.wantKey !== key) return;
      this.removeFaces();
      for (const face of faces) this.doc.fonts.add(face);
      this.faces = faces;
      this.inKey = key;
    });
    const settled: Promise<void> = Promise.race([
      loaded.catch(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS)),
    ]).then(() => {
      if (this.pending === settled) this.pending = null;
    });
    this.pending = settled;
    return settled;
  }

  /** Takes every face out (readable mode off). */
  clear(): void {
    this.removeFaces();
    this.wantKey = '';
    this.pending = null;
  }

  private removeFaces(): void {
    for (const face of this.faces) this.doc.fonts.delete(face);
    this.faces = [];
    this.inKey = '';
  }

  /** The faces whose files could be read and parsed (a broken one leaves out only itself). */
  private async load(files: readonly FontFaceFile[]): Promise<FontFace[]> {
    const faces = await Promise.allSettled(
      files.map(async ({ family, path, descriptors }) => {
        const face = new FontFace(family, await this.fetchAsset(path), descriptors);
        return face.load();
      }),
    );
    return faces.flatMap((face) => (face.status === 'fulfilled' ? [face.value] : []));
  }
}
