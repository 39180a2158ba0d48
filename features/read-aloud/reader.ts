/**
 * Reads sentences aloud, one utterance each: short utterances keep the highlight in
 * step with the voice, let a change of speed or voice take effect at the next sentence,
 * and avoid Chrome's habit of cutting long utterances off. Every utterance belongs to a
 * run; events from a run that was stopped (cancel() still fires them) are ignored.
 */
import type { Sentence } from '@/features/read-aloud/collect';

export type ReaderStatus = 'idle' | 'speaking' | 'paused' | 'no-voice' | 'error';

export interface ReaderHooks {
  /** The voice for a language, or null when the computer has none. */
  voiceFor(lang: string): SpeechSynthesisVoice | null;
  /** The speech rate now (1 = normal): read for each sentence. */
  rate(): number;
  /** Called on every change; `sentence` is the one being read, if any. */
  onChange(status: ReaderStatus, index: number, sentence: Sentence | null): void;
}

/** What of window.speechSynthesis the reader uses. */
export type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'pause' | 'resume'>;

export class Reader {
  private sentences: readonly Sentence[] = [];
  private index = 0;
  private run = 0;
  private status: ReaderStatus = 'idle';
  /** Held so that Chrome does not collect it (and drop its events) mid-sentence. */
  private utterance: SpeechSynthesisUtterance | null = null;
  /** The sentence ended while paused (an engine without pause): go on at resume. */
  private endedWhilePaused = false;

  constructor(
    private readonly synth: Synth,
    private readonly hooks: ReaderHooks,
    private readonly makeUtterance = (text: string) => new SpeechSynthesisUtterance(text),
  ) {}

  /**
   * Where the reader is: the sentence being read (or paused in), or the one no voice
   * could read, whose language the controls name.
   */
  get current(): { status: ReaderStatus; index: number; count: number; sentence: Sentence | null } {
    const active = this.status === 'speaking' || this.status === 'paused';
    return {
      status: this.status,
      index: active ? this.index : 0,
      count: active ? this.sentences.length : 0,
      sentence: active || this.status === 'no-voice' ? (this.sentences[this.index] ?? null) : null,
    };
  }

  start(sentences: readonly Sentence[]): void {
    this.halt();
    this.sentences = sentences;
    this.speak(0);
  }

  pause(): void {
    if (this.status !== 'speaking') return;
    this.synth.pause();
    this.set('paused');
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.set('speaking');
    if (this.endedWhilePaused) this.speak(this.index + 1);
    else this.synth.resume();
  }

  stop(): void {
    this.halt();
    this.set('idle');
  }

  private halt(): void {
    this.run += 1;
    this.utterance = null;
    this.endedWhilePaused = false;
    this.synth.cancel();
    // A paused queue stays paused after cancel() in Chrome: the next start would be mute.
    this.synth.resume();
  }

  private speak(index: number): void {
    const sentence = this.sentences[index];
    if (!sentence) {
      this.stop();
      return;
    }
    this.index = index;
    this.endedWhilePaused = false;
    const voice = this.hooks.voiceFor(sentence.lang);
    if (!voice) {
      this.halt();
      this.set('no-voice');
      return;
    }
    const run = this.run;
    const utterance = this.makeUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.hooks.rate();
    utterance.onend = () => {
      if (run !== this.run) return;
      if (this.status === 'paused') this.endedWhilePaused = true;
      else this.speak(index + 1);
    };
    utterance.onerror = ({ error }) => {
      // Stopping cancels the utterance: that is no error of the speech's own.
      if (run !== this.run || error === 'interrupted' || error === 'canceled') return;
      this.halt();
      this.set('error');
    };
    this.utterance = utterance;
    this.set('speaking');
    this.synth.speak(utterance);
  }

  private set(status: ReaderStatus): void {
    this.status = status;
    const { index, sentence } = this.current;
    this.hooks.onChange(status, index, sentence);
  }
}
