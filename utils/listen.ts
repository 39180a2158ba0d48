/**
 * Extension events (`browser.storage.onChanged`, `browser.runtime.onMessage`, …) take no
 * AbortSignal as DOM events do: `listen` adds a listener until the signal aborts, so
 * every listener in Legible is cleaned up the same way.
 */
export interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export function listen<L>(event: ExtensionEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
