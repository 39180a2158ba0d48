/**
 * Read aloud's messages between the panel and the speech script, both content scripts
 * of the same tab, which cannot reach each other directly: the panel's requests go to
 * the speech script of its own tab (the answer comes back the same way), and the speech
 * script's state goes to its tab, for the panel. The popup talks to the tab itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { isSpeechRequest, isSpeechStateMessage } from '@/reading-aids/read-aloud/protocol';

export function relaySpeech(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  // Only content scripts have a tab; Legible's own pages send to tabs themselves.
  if (tabId === undefined || !(isSpeechRequest(message) || isSpeechStateMessage(message))) {
    return undefined;
  }
  const sent = browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  // A state nobody shows (the panel is hidden) is no error.
  return isSpeechRequest(message) ? sent : sent.catch(() => undefined).then(() => undefined);
}
