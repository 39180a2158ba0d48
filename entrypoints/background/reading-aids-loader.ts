/**
 * The reading aids' row of the panel, brought into a tab only when its panel asks
 * (entrypoints/panel.content/load-aids.ts): injected into the top frame, where the
 * panel runs, in the world Legible's content scripts share. Nothing is declared for
 * pages and nothing is web-accessible: the page gets no extension address.
 */
import type { Browser } from 'wxt/browser';
import { injectIntoTopFrame } from '@/entrypoints/background/on-demand-scripts';
import { isLoadReadingAidsMessage } from '@/utils/protocol';

const READING_AIDS_SCRIPT = '/content-scripts/reading-aids.js';

/** Answers true once the script has run in the asking panel's frame, false where it could not. */
export function loadReadingAids(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<boolean> | undefined {
  if (!isLoadReadingAidsMessage(message)) return undefined;
  // Only the panel asks, from a tab's top frame (frameId 0).
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  return injectIntoTopFrame(tabId, READING_AIDS_SCRIPT).then(
    () => true,
    () => false,
  );
}
