/**
 * Read aloud's content script: injected by the background into a tab's top frame the
 * first time a control asks that tab for read aloud (entrypoints/background/
 * speech-relay.ts), so no other page gets it; it stops at once if readable mode is off
 * for the page. It wires the page's read-aloud session (features/read-aloud/session.ts)
 * to the controls: their requests (play, pause, resume, stop, toggle, status) go to it,
 * and every change of state it announces goes back to them. On leaving the page, when
 * readable mode goes off, or when the extension is reloaded, the session ends and
 * leaves nothing behind. No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SpeechSession } from '@/features/read-aloud/session';
import { isSpeechRequest, SPEECH_STATE, type SpeechState } from '@/utils/protocol';
import { watchPageSettings } from '@/settings/page-copy-reader';
import { siteKey } from '@/settings/site-key';
import { listen } from '@/utils/listen';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Legible's own context, as in entrypoints/content/index.ts.
  main(ctx) {
    const site = siteKey(location.href);
    const send = (state: SpeechState) => {
      try {
        void browser.runtime.sendMessage({ type: SPEECH_STATE, state }).catch(() => undefined);
      } catch {
        // The extension was reloaded: nobody is left to tell.
      }
    };
    const session = new SpeechSession({
      doc: document,
      view: window,
      synth: window.speechSynthesis,
      send,
    });
    const { signal } = session;
    ctx.onInvalidated(() => session.dispose());

    const onMessage = (message: unknown) => {
      if (!isSpeechRequest(message) || signal.aborted) return undefined;
      return session.handle(message.action);
    };
    listen(browser.runtime.onMessage, onMessage, signal);

    // The background's page copy of the settings (settings/page-copy.ts), as in content/.
    watchPageSettings(
      site,
      browser.runtime.getManifest().version,
      (settings) => session.applySettings(settings),
      signal,
    );
  },
});
