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
 * gathered for SETTLE_MS (a window being dragged wider sends dozens), then reported once,
 * as a new width or only a new push (which moves the page down but changes no width).
 */

/** How long the window must stay as it is before the layout is checked again. */
export const SETTLE_MS = 200;

/** What changed: the width the page is laid out in, or only the panel's push. */
export type WindowChange = 'width' | 'push';

export function followWindow(
  view: Window,
  signal: AbortSignal,
  changed: (change: WindowChange) => void,
): void {
  let timer: number | undefined;
  let change: WindowChange = 'push';
  const settle = (what: WindowChange) => {
    if (what === 'width') change = 'width';
    view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      const settled = change;
      change = 'push';
      changed(settled);
    }, SETTLE_MS);
  };
  signal.addEventListener('abort', () => view.clearTimeout(timer));

  // The first report gives the sizes as they are: the baseline, not a change.
  let rootShape: { width: number; push: number } | null = null;
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const border = entry?.borderBoxSize[0];
    const content = entry?.contentBoxSize[0];
    if (!border || !content) return;
    const shape = { width: border.inlineSize, push: border.blockSize - content.blockSize };
    if (rootShape && shape.width !== rootShape.width) settle('width');
    else if (rootShape && shape.push !== rootShape.push) settle('push');
    rootShape = shape;
  });
  observer.observe(view.document.documentElement);
  signal.addEventListener('abort', () => observer.disconnect());

  let windowWidth = view.innerWidth;
  const resized = () => {
    if (view.innerWidth === windowWidth) return;
    windowWidth = view.innerWidth;
    settle('width');
  };
  view.addEventListener('resize', resized, { signal });
  view.visualViewport?.addEventListener('resize', resized, { signal });
}
