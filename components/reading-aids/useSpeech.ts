/**
 * Read aloud's state in the tab, and a way to ask for play, pause, stop: both the panel
 * (for its own tab) and the popup (for the tab it names) ask through the background,
 * which brings the speech script into the tab on the first request. Null where no
 * speech script can run (readable mode off, or a page no extension may change).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupTab } from '@/components/useActiveSite';
import {
  isSpeechStateMessage,
  SPEECH_REQUEST,
  type SpeechAction,
  type SpeechState,
} from '@/utils/protocol';
import { listen } from '@/utils/listen';

export type SpeechPlace = 'panel' | 'popup';

export function useSpeech(
  place: SpeechPlace,
  /** Readable mode in the tab: when it comes on, the speech script arrives there. */
  enabled: boolean,
): { state: SpeechState | null; send: (action: SpeechAction) => void } {
  const [state, setState] = useState<SpeechState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    if (place === 'popup') void popupTab().then((tab) => setTabId(tab?.id ?? null));
  }, [place]);

  const request = async (action: SpeechAction): Promise<SpeechState | null> => {
    const message = { type: SPEECH_REQUEST, action };
    try {
      // Through the background, which brings the speech script into the tab when the
      // tab has none yet (entrypoints/background/speech-relay.ts).
      if (place === 'popup' && tabId === null) return null;
      const sent = place === 'popup' ? { ...message, tabId } : message;
      return ((await browser.runtime.sendMessage(sent)) as SpeechState) ?? null;
    } catch {
      return null;
    }
  };

  useEffect(() => {
    if (place === 'popup' && tabId === null) return;
    const effect = new AbortController();
    const { signal } = effect;
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      // The popup hears every tab's speech script: only its own tab's counts.
      if (!isSpeechStateMessage(message)) return;
      if (place === 'popup' && sender.tab?.id !== tabId) return;
      setState(message.state);
    };
    listen(browser.runtime.onMessage, onMessage, signal);
    // The background injects the script and waits for it (speech-relay.ts). Readable
    // mode just switched on, the script may have read the settings from before the
    // switch and stopped itself: then it is brought in again, a few times at most.
    void (async () => {
      for (let attempt = 0; attempt < (enabled ? 10 : 1) && !signal.aborted; attempt++) {
        const answer = await request('status');
        if (signal.aborted) return;
        setState(answer);
        if (answer) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    return () => effect.abort();
    // `request` reads only place and tabId.
  }, [place, tabId, enabled]);

  return {
    state,
    send: (action) => void request(action).then((answer) => answer && setState(answer)),
  };
}
