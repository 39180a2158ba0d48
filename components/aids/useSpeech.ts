/**
 * Read aloud's state in the tab, and a way to ask for play, pause, stop: the panel asks
 * through the background (a content script cannot reach another one directly), the
 * popup asks the tab it is for. Null while the tab has no speech script (readable mode
 * off, or a page no extension may change).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupTab } from '@/components/useActiveSite';
import {
  isSpeechStateMessage,
  SPEECH_REQUEST,
  type SpeechAction,
  type SpeechState,
} from '@/reading-aids/read-aloud/protocol';

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
      if (place === 'panel')
        return ((await browser.runtime.sendMessage(message)) as SpeechState) ?? null;
      if (tabId === null) return null;
      return (
        ((await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as SpeechState) ?? null
      );
    } catch {
      return null;
    }
  };

  useEffect(() => {
    if (place === 'popup' && tabId === null) return;
    let live = true;
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      // The popup hears every tab's speech script: only its own tab's counts.
      if (!isSpeechStateMessage(message)) return;
      if (place === 'popup' && sender.tab?.id !== tabId) return;
      setState(message.state);
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Just switched on, the script may still be on its way into the tab: ask a few times.
    void (async () => {
      for (let attempt = 0; attempt < (enabled ? 10 : 1) && live; attempt++) {
        const answer = await request('status');
        if (!live) return;
        setState(answer);
        if (answer) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
    // `request` reads only place and tabId.
  }, [place, tabId, enabled]);

  return {
    state,
    send: (action) => void request(action).then((answer) => answer && setState(answer)),
  };
}
