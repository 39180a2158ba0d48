/**
 * The voices offered for a language, and the one used: the user's saved choice for that
 * language when the computer still has it, else a voice on this computer (the system's
 * default first), else any. Online voices (Chrome's "Google …" voices) send the text to
 * their provider, so Legible never picks one by itself: only the user can. Voices are matched on the primary subtag, so a page in
 * "ru" gets every Russian voice (ru-RU, ru-BY, …).
 */
import { primaryTag } from '@/features/read-aloud/language';

/** What of SpeechSynthesisVoice this logic reads (real voices and test doubles alike). */
export interface VoiceLike {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
  readonly default: boolean;
  /** False for a voice that speaks through a remote service (the text leaves the computer). */
  readonly localService: boolean;
}

export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const wanted = primaryTag(lang);
  return voices.filter((voice) => primaryTag(voice.lang) === wanted);
}

export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
  saved: Readonly<Record<string, string>>,
): V | null {
  const offered = voicesFor(voices, lang);
  const choice = saved[primaryTag(lang)];
  const local = offered.filter((voice) => voice.localService);
  return (
    offered.find((voice) => voice.voiceURI === choice) ??
    local.find((voice) => voice.default) ??
    local[0] ??
    null
  );
}

/**
 * The computer's voices. Chrome lists them only after a first `voiceschanged`, so an
 * empty list is waited on, briefly: a computer with no voices at all answers [] then.
 */
export function loadVoices(
  synth: SpeechSynthesis,
  signal: AbortSignal,
): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
