/**
 * Holds back the page's first frame until the settings are in, where the browser lets a
 * page do that (Chromium: `<link rel=expect blocking=render>`). The first-paint hold
 * (features/color-scheme/first-paint-hold.ts) already keeps any frame drawn meanwhile
 * from showing the page, but the browser still works out the page's styles and layout for it at the page's own
 * sizes, only for Legible's first batch to do it all again at the reader's: on the demo
 * page that wasted layout cost more than Legible's batch itself. With rendering held,
 * the first frame is the one Legible's batch styles.
 *
 * Only while the document is still before its <body>: the browser takes no new
 * render-blocking element later. Where `blocking` is unknown (Firefox), nothing is
 * added. The link names a fragment no page has, so nothing the parser finds ends the
 * hold early; the browser ends it when parsing ends (so it only ever defers frames a
 * long page would draw while still loading), and if Legible's start fails and never
 * releases it, it lets go by itself after MAX_HOLD_MS, as the CSS hold does: a page
 * is never kept blank.
 */

/** The fragment the held link waits for: an element no page has. */
const EXPECTED = '#legible-never-parsed';

/** The same limit as the first-paint hold's animation. */
const MAX_HOLD_MS = 400;

/** Starts holding the first frame of `doc`; returns what releases it (safe to call again). */
export function holdRendering(doc: Document): () => void {
  if (doc.readyState !== 'loading' || doc.body || !doc.documentElement) return () => undefined;
  const link = doc.createElement('link');
  if (!('blocking' in link)) return () => undefined;
  link.rel = 'expect';
  link.href = EXPECTED;
  link.setAttribute('blocking', 'render');
  doc.documentElement.append(link);
  const release = () => link.remove();
  doc.defaultView?.setTimeout(release, MAX_HOLD_MS);
  return release;
}
