/**
 * Tells the layout guard when the window's layout changed under the page: the window
 * resized or rotated, the browser's zoom changed (the window's width in CSS px with
 * it), or the panel grew or collapsed (it pushes the page down with the root's padding,
 * entrypoints/panel.content/page-push.ts). The guard has only checked new content so
 * far; a page loaded wide and then narrowed needs every box checked again.
 *
 * A ResizeObserver on the root sees all of these without forcing a layout: its entries
 * carry the sizes the browser has just laid out. The root also grows with every bit of
 * content a page loads, so only a change of its width or of its padding counts. Window
 * and visual-viewport resizes are heard too, for a root of a fixed width. Changes are
 * gathered for SETTLE_MS (a window being dragged wider sends dozens), then reported once.
 */

/** How long the window must stay as it is before the layout is checked again. */
export const SETTLE_MS = 200;

export function followWindow(view: Window, signal: AbortSignal, changed: () => void): void {
  let timer: number | undefined;
  const settle = () => {
    view.clearTimeout(timer);
    timer = view.setTimeout(changed, SETTLE_MS);
  };
  signal.addEventListener('abort', () => view.clearTimeout(timer));

  // The first report gives the sizes as they are: the baseline, not a change.
  let rootShape: string | null = null;
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const border = entry?.borderBoxSize[0];
    const content = entry?.contentBoxSize[0];
    if (!border || !content) return;
    const shape = `${border.inlineSize} ${border.blockSize - content.blockSize}`;
    if (rootShape !== null && shape !== rootShape) settle();
    rootShape = shape;
  });
  observer.observe(view.document.documentElement);
  signal.addEventListener('abort', () => observer.disconnect());

  let windowWidth = view.innerWidth;
  const resized = () => {
    if (view.innerWidth === windowWidth) return;
    windowWidth = view.innerWidth;
    settle();
  };
  view.addEventListener('resize', resized, { signal });
  view.visualViewport?.addEventListener('resize', resized, { signal });
}
