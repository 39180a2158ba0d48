/**
 * The panel's one guard against events the page makes up (issue #14): a page script
 * can call .click() or dispatch input, change or keydown events on anything it holds,
 * and such events are untrusted (`isTrusted` false); the browser's own, from the user's
 * pointer and keys, are trusted. The closed shadow root already keeps the page's hands
 * off the panel's elements; this is defence in depth, in one place rather than in every
 * handler.
 *
 * Why one listener covers every handler: Preact adds each `on*` prop as a listener on
 * its own element (no delegation), and every element of the panel is inside its shadow
 * root. An event aimed at any of them passes the root on its way down (the capture
 * phase runs from the top of the composed path to the target), so a capture listener
 * on the root runs before every listener on the elements, and stopImmediatePropagation
 * there keeps the event from all of them, capture, target and bubble alike. The
 * reading aids' row, drawn by a script of its own (LazyReadingAids.tsx), is inside the
 * same root, so under the same guard.
 * preventDefault also cancels what an untrusted click would still do by itself (a
 * label's click passed on to its input). trusted-events.test.ts checks that every `on*`
 * prop of the components is of a type listed here.
 */

/** Every event type a handler of the panel's controls listens to, and their kin. */
export const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

function stopUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/** Keeps untrusted events of GUARDED_EVENTS from every listener inside `root`. */
export function ignoreUntrustedEvents(root: ShadowRoot, signal: AbortSignal): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(type, stopUntrusted, { capture: true, signal });
  }
}
