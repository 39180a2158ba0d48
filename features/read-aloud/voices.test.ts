import { describe, expect, it } from 'vitest';
import { chooseVoice, voicesFor, type VoiceLike } from '@/features/read-aloud/voices';

const voice = (voiceURI: string, lang: string, isDefault = false, local = true): VoiceLike => ({
  voiceURI,
  name: voiceURI,
  lang,
  default: isDefault,
  localService: local,
});
const VOICES = [
  voice('en-1', 'en-US', true),
  voice('ru-1', 'ru-RU'),
  voice('ru-2', 'ru_BY'),
  voice('be-1', 'be-BY'),
];

describe('voices', () => {
  it('offers the voices of the language, by primary subtag', () => {
    expect(voicesFor(VOICES, 'ru').map((v) => v.voiceURI)).toEqual(['ru-1', 'ru-2']);
    expect(voicesFor(VOICES, 'uk')).toEqual([]);
  });

  it('uses the saved voice while it exists, else the default, else the first', () => {
    expect(chooseVoice(VOICES, 'ru', { ru: 'ru-2' })?.voiceURI).toBe('ru-2');
    expect(chooseVoice(VOICES, 'ru', { ru: 'gone' })?.voiceURI).toBe('ru-1');
    expect(chooseVoice(VOICES, 'en', { ru: 'ru-2' })?.voiceURI).toBe('en-1');
    // A voice saved for another language is never used for this one.
    expect(chooseVoice(VOICES, 'be', { be: 'ru-1' })?.voiceURI).toBe('be-1');
    expect(chooseVoice(VOICES, 'uk', {})).toBeNull();
  });

  it('never picks an online voice by itself: the text would leave the computer', () => {
    const voices = [voice('google-ru', 'ru-RU', true, false), voice('espeak-ru', 'ru')];
    expect(chooseVoice(voices, 'ru', {})?.voiceURI).toBe('espeak-ru');
    expect(chooseVoice([voices[0]!], 'ru', {})).toBeNull();
    // Chosen by the user, it is used.
    expect(chooseVoice(voices, 'ru', { ru: 'google-ru' })?.voiceURI).toBe('google-ru');
  });
});
