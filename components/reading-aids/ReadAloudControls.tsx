/**
 * Read aloud's controls, in the panel and the popup: read (or pause, or resume) in one
 * button that keeps focus as its label changes, stop, slower and faster, the voice for
 * the language being read, and a status line that says what is happening, including
 * plainly when the computer has no voice for the language.
 */
import { ControlGroup } from '@/components/controls/ControlGroup';
import type { SpeechPlace } from '@/components/reading-aids/useSpeech';
import { useSpeech } from '@/components/reading-aids/useSpeech';
import type { Update } from '@/components/offered';
import type { SpeechAction, SpeechState } from '@/utils/protocol';
import { NUMBER_RANGES } from '@/settings/format-values';
import type { Settings } from '@/settings/schema';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';

const RATE_STEP = 0.25;

export interface ReadAloudControlsProps {
  readonly settings: Settings;
  readonly update: Update;
  readonly place: SpeechPlace;
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function statusText(state: SpeechState | null): string {
  if (!state) return t('speechUnavailable');
  const position = [String(state.index + 1), String(state.count)];
  switch (state.status) {
    case 'speaking':
      return t('speechSpeaking', position);
    case 'paused':
      return t('speechPaused', position);
    case 'no-voice':
      return t('speechNoVoice', [languageName(state.lang)]);
    case 'nothing':
      return t('speechNothing');
    case 'error':
      return t('speechError');
    default:
      return state.voices.length > 0
        ? t('speechIdle')
        : t('speechNoVoice', [languageName(state.lang)]);
  }
}

export function ReadAloudControls({ settings, update, place }: ReadAloudControlsProps) {
  const { state, send } = useSpeech(place, settings.enabled);
  const status = state?.status ?? 'idle';
  const active = status === 'speaking' || status === 'paused';
  const [action, label]: [SpeechAction, MessageKey] =
    status === 'speaking'
      ? ['pause', 'speechPause']
      : status === 'paused'
        ? ['resume', 'speechResume']
        : ['play', 'speechPlay'];
  const rate = settings.speechRate;
  const { min, max } = NUMBER_RANGES.speechRate;
  const setRate = (step: number) =>
    update({ speechRate: Math.min(max, Math.max(min, rate + step * RATE_STEP)) });
  const rateText = `${new Intl.NumberFormat(uiLanguage()).format(rate)}×`;

  return (
    <ControlGroup
      id="read-aloud"
      label="speechHeading"
      kind="read-aloud"
      below={
        <p class="speech-status" role="status">
          {statusText(state)}
        </p>
      }
    >
      <button
        type="button"
        class="choice"
        data-action={`speech-${action}`}
        disabled={!state}
        // Keeps the page's selection when the panel's button is clicked: it is what is read.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => send(action)}
      >
        {t(label)}
      </button>
      <button
        type="button"
        class="choice"
        data-action="speech-stop"
        disabled={!active}
        onClick={() => send('stop')}
      >
        {t('speechStop')}
      </button>
      <button
        type="button"
        class="choice"
        data-action="speech-slower"
        aria-label={t('speechSlower')}
        disabled={rate <= min}
        onClick={() => setRate(-1)}
      >
        −
      </button>
      <output class="value" aria-label={t('speechRateValue', [rateText])}>
        {rateText}
      </output>
      <button
        type="button"
        class="choice"
        data-action="speech-faster"
        aria-label={t('speechFaster')}
        disabled={rate >= max}
        onClick={() => setRate(1)}
      >
        +
      </button>
      {state && state.voices.length > 0 && (
        <label class="voice">
          {t('speechVoice', [languageName(state.lang)])}
          <select
            class="choice"
            data-action="speech-voice"
            value={state.voice ?? ''}
            onChange={(event) =>
              update(
                {
                  speechVoices: {
                    ...settings.speechVoices,
                    [state.lang]: event.currentTarget.value,
                  },
                },
                // The voices listed: what the choice is checked against.
                { speech: state },
              )
            }
          >
            {state.voices.map((voice) => (
              <option key={voice.uri} value={voice.uri}>
                {voice.online ? t('speechVoiceOnline', [voice.name]) : voice.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </ControlGroup>
  );
}
