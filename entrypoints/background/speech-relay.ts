/**
 * Read aloud's messages, and its script brought into a page only when asked for.
 *
 * The speech script is not registered on every page: most pages are never read aloud,
 * and 37 KB of script on each would cost every page load while readable mode is on.
 * It is injected into a tab's top frame the first time a control asks that tab for
 * something (the popup opening, the panel showing its reading aids, the Alt+Shift+S
 * command), and stays until the page goes away.
 *
 * Requests come from the panel (a content script: to its own tab), from the popup (one
 * of Legible's pages: to the tab it names) and from the keyboard command; the speech
 * script's state goes back to its tab, for the panel (the popup hears it directly).
 */
import { browser, type Browser } from 'wxt/browser';
import { injectIntoTopFrame } from '@/entrypoints/background/on-demand-scripts';
import { isSpeechRequest, isSpeechStateMessage, type SpeechRequest } from '@/utils/protocol';

const SPEECH_SCRIPT = '/content-scripts/speech.js';

/**
 * Sends `request` to the speech script of `tabId`, injecting the script first if the
 * tab has none. The answer is the script's state, or undefined where no script can run
 * (browser pages, the stores, readable mode off there: the script stops itself).
 */
export async function requestSpeech(tabId: number, request: SpeechRequest): Promise<unknown> {
  // The speech script always answers with its state; other scripts in the tab (the
  // panel's) listen too but answer nothing, which is how "no speech script" looks.
  const send = () =>
    browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  const first = await send();
  if (first !== undefined) return first;
  try {
    await injectIntoTopFrame(tabId, SPEECH_SCRIPT);
  } catch {
    return undefined; // a page no extension may change
  }
  // The script reads the settings before it answers: a few short tries.
  for (let attempt = 0; attempt < 10; attempt++) {
    const answer = await send();
    if (answer !== undefined) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

export function relaySpeech(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  if (isSpeechStateMessage(message)) {
    // The speech script's news, for the panel in the same tab; none there is no error.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 }).then(
      () => undefined,
      () => undefined,
    );
  }
  if (!isSpeechRequest(message)) return undefined;
  // Legible's own pages (the popup) name the tab: theirs, when they are open in a tab
  // themselves, is not the one meant. The panel, a content script, asks for its own.
  const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  const named = (message as { tabId?: unknown }).tabId;
  const tabId = fromOwnPage ? (typeof named === 'number' ? named : undefined) : sender.tab?.id;
  if (tabId === undefined) return undefined;
  return requestSpeech(tabId, { type: message.type, action: message.action });
}
