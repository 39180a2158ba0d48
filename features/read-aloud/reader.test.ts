import { describe, expect, it } from 'vitest';
import type { Sentence } from '@/features/read-aloud/collect';
import { Reader, type ReaderStatus, type Synth } from '@/features/read-aloud/reader';

/** An utterance the test ends or fails by hand. */
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function setUp(voiceLangs = ['en']) {
  const spoken: FakeUtterance[] = [];
  const calls: string[] = [];
  const synth: Synth = {
    speak: (u) => void spoken.push(u as unknown as FakeUtterance),
    cancel: () => void calls.push('cancel'),
    pause: () => void calls.push('pause'),
    resume: () => void calls.push('resume'),
  };
  const changes: [ReaderStatus, number][] = [];
  const reader = new Reader(
    synth,
    {
      voiceFor: (lang) =>
        voiceLangs.includes(lang) ? ({ lang, voiceURI: lang } as SpeechSynthesisVoice) : null,
      rate: () => 1.5,
      onChange: (status, index) => void changes.push([status, index]),
    },
    (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
  );
  return { reader, spoken, calls, changes };
}

const sentence = (text: string, lang = 'en') => ({ text, lang }) as unknown as Sentence;

describe('Reader', () => {
  it('speaks one utterance per sentence, in order, at the set rate', () => {
    const { reader, spoken, changes } = setUp();
    reader.start([sentence('One.'), sentence('Two.')]);
    spoken[0]!.onend?.();
    spoken[1]!.onend?.();
    expect(spoken.map((u) => [u.text, u.rate, u.lang])).toEqual([
      ['One.', 1.5, 'en'],
      ['Two.', 1.5, 'en'],
    ]);
    expect(changes).toEqual([
      ['speaking', 0],
      ['speaking', 1],
      ['idle', 0],
    ]);
  });

  it('holds at a sentence that ends while paused, and goes on at resume', () => {
    const { reader, spoken, calls } = setUp();
    reader.start([sentence('One.'), sentence('Two.')]);
    reader.pause();
    spoken[0]!.onend?.();
    expect(spoken).toHaveLength(1);
    expect(reader.current).toMatchObject({ status: 'paused', index: 0, count: 2 });
    reader.resume();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two.']);
    expect(calls).toContain('pause');
  });

  it('ignores the events of a stopped reading', () => {
    const { reader, spoken } = setUp();
    reader.start([sentence('One.'), sentence('Two.')]);
    reader.stop();
    spoken[0]!.onerror?.({ error: 'interrupted' });
    spoken[0]!.onend?.();
    expect(spoken).toHaveLength(1);
    expect(reader.current.status).toBe('idle');
  });

  it('stops and says so at a sentence no voice can read', () => {
    const { reader, spoken } = setUp(['en']);
    reader.start([sentence('One.'), sentence('Два.', 'ru')]);
    spoken[0]!.onend?.();
    expect(reader.current).toMatchObject({ status: 'no-voice', sentence: { lang: 'ru' } });
  });

  it('reports a failed utterance as an error', () => {
    const { reader, spoken } = setUp();
    reader.start([sentence('One.')]);
    spoken[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(reader.current.status).toBe('error');
  });
});
