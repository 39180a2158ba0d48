/**
 * Read aloud's content script: injected by the background into a tab's top frame the
 * first time a control asks that tab for read aloud (entrypoints/background/
 * speech-relay.ts), so no other page gets it; it stops at once if readable mode is off
 * for the page. It answers the controls' requests
 * (play, pause, resume, stop, toggle, status), reads with the browser's speech
 * synthesis (features/read-aloud/reader.ts), highlights the sentence being read
 * without touching the markup, and tells the controls every change of state. On
 * leaving the page, when readable mode goes off, or when the extension is reloaded, it
 * stops and leaves nothing behind. No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectSentences, isLegibleElement } from '@/features/read-aloud/collect';
import { highlightColors, SentenceHighlight } from '@/features/read-aloud/highlight';
import { pageLanguage } from '@/features/read-aloud/language';
import {
  isSpeechRequest,
  SPEECH_STATE,
  type SpeechAction,
  type SpeechState,
  type SpeechStatus,
} from '@/utils/protocol';
import { Reader } from '@/features/read-aloud/reader';
import { chooseVoice, loadVoices, voicesFor } from '@/features/read-aloud/voices';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { Settings } from '@/settings/schema';
import { siteKey } from '@/settings/site-choices';
import { forSite, SettingsStore } from '@/settings/settings-store';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // No announcement to the page (see entrypoints/content/index.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const synth = window.speechSynthesis;
    const site = siteKey(location.href);
    const watching = new AbortController();
    const { signal } = watching;
    ctx.onInvalidated(() => watching.abort());

    let settings: Settings = { ...DEFAULT_SETTINGS };
    let voices: SpeechSynthesisVoice[] = synth.getVoices();
    /** A state the reader does not have: nothing to read where the user asked. */
    let nothing = false;
    /** The page element last focused: reading starts there when nothing is selected. */
    let focused: Element | null = null;
    let pageLang: string | null = null;
    let sent = '';

    const highlight = new SentenceHighlight(document);
    const reader = new Reader(synth, {
      voiceFor: (lang) => chooseVoice(voices, lang, settings.speechVoices),
      rate: () => settings.speechRate,
      onChange: (status, _index, sentence) => {
        nothing = false;
        if (sentence && (status === 'speaking' || status === 'paused'))
          highlight.show(sentence.range, highlightColors(settings));
        else highlight.clear();
        announce();
      },
    });

    function state(): SpeechState {
      const { status, index, count, sentence } = reader.current;
      const lang = sentence?.lang ?? (pageLang ??= pageLanguage(document));
      const voice = chooseVoice(voices, lang, settings.speechVoices);
      return {
        status: nothing ? 'nothing' : (status satisfies SpeechStatus),
        index,
        count,
        lang,
        voices: voicesFor(voices, lang).map(({ voiceURI, name, localService }) => ({
          uri: voiceURI,
          name,
          online: !localService,
        })),
        voice: voice?.voiceURI ?? null,
      };
    }

    function announce(): void {
      const current = state();
      const json = JSON.stringify(current);
      if (json === sent) return;
      sent = json;
      try {
        void browser.runtime
          .sendMessage({ type: SPEECH_STATE, state: current })
          .catch(() => undefined);
      } catch {
        // The extension was reloaded: nobody is left to tell.
      }
    }

    async function play(): Promise<void> {
      if (reader.current.status === 'paused') return reader.resume();
      const selection = document.getSelection();
      const range =
        selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
      const active = document.activeElement;
      const focus =
        active && !isLegibleElement(active) && active !== document.body ? active : focused;
      const sentences = collectSentences(document, { selection: range, focus });
      if (sentences.length === 0) {
        reader.stop();
        nothing = true;
        announce();
        return;
      }
      // The selection is painted over the highlight: read it, and show the highlight instead.
      if (range && !range.collapsed) selection?.collapseToStart();
      voices = await loadVoices(synth, signal);
      if (signal.aborted) return;
      reader.start(sentences);
    }

    async function handle(action: SpeechAction): Promise<SpeechState> {
      const { status } = reader.current;
      if (action === 'toggle')
        action = status === 'speaking' || status === 'paused' ? 'stop' : 'play';
      if (action === 'play') await play();
      else if (action === 'pause') reader.pause();
      else if (action === 'resume') reader.resume();
      else if (action === 'stop') reader.stop();
      if (action === 'status' && voices.length === 0) voices = await loadVoices(synth, signal);
      return state();
    }

    const onMessage = (message: unknown) => {
      if (!isSpeechRequest(message) || signal.aborted) return undefined;
      return handle(message.action);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      browser.runtime.onMessage.removeListener(onMessage);
      reader.stop();
      highlight.clear();
    });

    document.addEventListener(
      'focusin',
      ({ target }) => {
        if (target instanceof Element && !isLegibleElement(target)) focused = target;
      },
      { capture: true, signal },
    );
    // Speech outlives the page in some browsers: leaving it ends the reading.
    window.addEventListener('pagehide', () => reader.stop(), { signal });
    synth.addEventListener(
      'voiceschanged',
      () => {
        voices = synth.getVoices();
        announce();
      },
      { signal },
    );

    new SettingsStore().watch(
      (loaded) => {
        settings = forSite(loaded, site);
        if (!settings.enabled) return watching.abort();
        const { status, sentence } = reader.current;
        if (sentence && status !== 'no-voice')
          highlight.show(sentence.range, highlightColors(settings));
        announce();
      },
      { signal },
    );
  },
});
