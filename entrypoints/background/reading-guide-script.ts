/**
 * Brings the reading guide's script (entrypoints/reading-guide.content/) into the top
 * frame whose content script asks for it (features/reading-guide.ts): only Legible's
 * content scripts can send runtime messages, and the script only draws what the
 * settings say, so a request can bring nothing but what the reader chose.
 */
import type { Browser } from 'wxt/browser';
import { injectIntoTopFrame } from '@/entrypoints/background/on-demand-scripts';
import { isReadingGuideWantedMessage } from '@/utils/protocol';

const READING_GUIDE_SCRIPT = '/content-scripts/reading-guide.js';

export function injectReadingGuide(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (!isReadingGuideWantedMessage(message) || tabId === undefined || sender.frameId !== 0)
    return undefined;
  return injectIntoTopFrame(tabId, READING_GUIDE_SCRIPT).then(
    () => undefined,
    // The page went away meanwhile, or is one no extension may change.
    () => undefined,
  );
}
