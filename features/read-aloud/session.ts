/**
 * One page's read-aloud session: what the speech content script
 * (entrypoints/speech.content/index.ts) keeps while it lives. It answers the controls'
 * actions, reads with the reader (features/read-aloud/reader.ts), highlights the sentence
 * being read, and hands every new state to `send`. Its listeners (focus, pagehide,
 * voiceschanged, the wait for voices) are registered from the constructor on its own
 * signal; `dispose()` (the context invalidated, or readable mode off in `applySettings`)
 * aborts it, which stops the speech and clears the highlight. The page, the synth and
 * `send` are parameters, so the tests can give it fakes.
 */
import { collectSentences, isLegibleElement } from '@/features/read-aloud/collect';
import { highlightColors, SentenceHighlight } from '@/features/read-aloud/highlight';
import { pageLanguage } from '@/features/read-aloud/language';
import { Reader } from '@/features/read-aloud/reader';
import { chooseVoice, loadVoices, voicesFor } from '@/features/read-aloud/voices';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { Settings } from '@/settings/schema';
import type { SpeechAction, SpeechState, SpeechStatus } from '@/utils/protocol';

export interface SpeechSessionDeps {
  readonly doc: Document;
  /** The page's window: leaving the page ends the reading. */
  readonly view: Pick<Window, 'addEventListener'>;
  readonly synth: SpeechSynthesis;
  /** Tells the controls a state; called only when it differs from the last one sent. */
  readonly send: (state: SpeechState) => void;
  /** The browser's own utterances unless given (tests give fakes). */
  readonly makeUtterance?: (text: string) => SpeechSynthesisUtterance;
}

export class SpeechSession {
  private readonly controller = new AbortController();
  /** Aborted by `dispose()`: what lives as long as the session listens on it. */
  readonly signal = this.controller.signal;
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private voices: SpeechSynthesisVoice[];
  /** A state the reader does not have: nothing to read where the user asked. */
  private nothing = false;
  /** The page element last focused: reading starts there when nothing is selected. */
  private focused: Element | null = null;
  private pageLang: string | null = null;
  private sent = '';
  private readonly highlight: SentenceHighlight;
  private readonly reader: Reader;

  constructor(private readonly deps: SpeechSessionDeps) {
    const { doc, view, synth } = deps;
    const { signal } = this;
    this.voices = synth.getVoices();
    this.highlight = new SentenceHighlight(doc);
    this.reader = new Reader(
      synth,
      {
        voiceFor: (lang) => chooseVoice(this.voices, lang, this.settings.speechVoices),
        rate: () => this.settings.speechRate,
        onChange: (status, _index, sentence) => {
          this.nothing = false;
          if (sentence && (status === 'speaking' || status === 'paused'))
            this.highlight.show(sentence.range, highlightColors(this.settings));
          else this.highlight.clear();
          this.announce();
        },
      },
      deps.makeUtterance,
    );

    signal.addEventListener(
      'abort',
      () => {
        this.reader.stop();
        this.highlight.clear();
      },
      { once: true },
    );
    doc.addEventListener(
      'focusin',
      ({ target }) => {
        if (target instanceof Element && !isLegibleElement(target)) this.focused = target;
      },
      { capture: true, signal },
    );
    // Speech outlives the page in some browsers: leaving it ends the reading.
    view.addEventListener('pagehide', () => this.reader.stop(), { signal });
    synth.addEventListener(
      'voiceschanged',
      () => {
        this.voices = synth.getVoices();
        this.announce();
      },
      { signal },
    );
  }

  /** Carries out a control's request, and answers with the state after it. */
  async handle(action: SpeechAction): Promise<SpeechState> {
    const { status } = this.reader.current;
    if (action === 'toggle')
      action = status === 'speaking' || status === 'paused' ? 'stop' : 'play';
    if (action === 'play') await this.play();
    else if (action === 'pause') this.reader.pause();
    else if (action === 'resume') this.reader.resume();
    else if (action === 'stop') this.reader.stop();
    if (action === 'status' && this.voices.length === 0)
      this.voices = await loadVoices(this.deps.synth, this.signal);
    return this.state();
  }

  /** The page's settings, at start and on every change; readable mode off ends the session. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    if (!settings.enabled) return this.dispose();
    const { status, sentence } = this.reader.current;
    if (sentence && status !== 'no-voice')
      this.highlight.show(sentence.range, highlightColors(settings));
    this.announce();
  }

  dispose(): void {
    this.controller.abort();
  }

  private async play(): Promise<void> {
    const { doc, synth } = this.deps;
    if (this.reader.current.status === 'paused') return this.reader.resume();
    const selection = doc.getSelection();
    const range =
      selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const active = doc.activeElement;
    const focus =
      active && !isLegibleElement(active) && active !== doc.body ? active : this.focused;
    const sentences = collectSentences(doc, { selection: range, focus });
    if (sentences.length === 0) {
      this.reader.stop();
      this.nothing = true;
      this.announce();
      return;
    }
    // The selection is painted over the highlight: read it, and show the highlight instead.
    if (range && !range.collapsed) selection?.collapseToStart();
    this.voices = await loadVoices(synth, this.signal);
    if (this.signal.aborted) return;
    this.reader.start(sentences);
  }

  private state(): SpeechState {
    const { status, index, count, sentence } = this.reader.current;
    const lang = sentence?.lang ?? (this.pageLang ??= pageLanguage(this.deps.doc));
    const voice = chooseVoice(this.voices, lang, this.settings.speechVoices);
    return {
      status: this.nothing ? 'nothing' : (status satisfies SpeechStatus),
      index,
      count,
      lang,
      voices: voicesFor(this.voices, lang).map(({ voiceURI, name, localService }) => ({
        uri: voiceURI,
        name,
        online: !localService,
      })),
      voice: voice?.voiceURI ?? null,
    };
  }

  private announce(): void {
    const current = this.state();
    const json = JSON.stringify(current);
    if (json === this.sent) return;
    this.sent = json;
    this.deps.send(current);
  }
}
