// @vitest-environment happy-dom
// happy-dom has neither speech synthesis nor the CSS Highlight API: the synth, its
// utterances and `CSS.highlights` are fakes, so what is spoken and highlighted can be read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeechSession } from '@/features/read-aloud/session';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { SpeechState } from '@/utils/protocol';

/** An utterance the test ends by hand (the reader also sets its voice, rate and onerror). */
class FakeUtterance {
  onend: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynth extends EventTarget {
  readonly spoken: FakeUtterance[] = [];
  readonly calls: string[] = [];
  constructor(public voices: SpeechSynthesisVoice[]) {
    super();
  }
  getVoices = () => this.voices;
  speak = (u: FakeUtterance) => void this.spoken.push(u);
  cancel = () => void this.calls.push('cancel');
  pause = () => void this.calls.push('pause');
  resume = () => void this.calls.push('resume');
}

const voice = (lang: string) =>
  ({
    voiceURI: `v-${lang}`,
    name: lang,
    lang,
    default: true,
    localService: true,
  }) as unknown as SpeechSynthesisVoice;

const highlights = new Map<string, { range: Range }>();
/** The text under Legible's one highlight, or null when none is shown. */
const highlighted = () => [...highlights.values()].at(0)?.range.toString() ?? null;

const sessions: SpeechSession[] = [];
function setUp(html: string, langs = ['en']) {
  document.body.innerHTML = html;
  const synth = new FakeSynth(langs.map(voice));
  const states: SpeechState[] = [];
  const session = new SpeechSession({
    doc: document,
    view: window,
    synth: synth as unknown as SpeechSynthesis,
    send: (state) => void states.push(state),
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
  });
  sessions.push(session);
  session.applySettings({ ...DEFAULT_SETTINGS, enabled: true });
  const spoken = () => synth.spoken.map((u) => u.text);
  const statuses = () => states.map(({ status, index, count }) => `${status} ${index}/${count}`);
  return { session, synth, states, spoken, statuses };
}

const PAGE = '<main><p>One is first. Two is next.</p><p id="last">Three ends it.</p></main>';

beforeEach(() => {
  document.documentElement.lang = 'en';
  highlights.clear();
  vi.stubGlobal(
    'Highlight',
    class {
      constructor(readonly range: Range) {}
    },
  );
  vi.stubGlobal('CSS', { highlights });
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
  document.getSelection()?.removeAllRanges();
  vi.unstubAllGlobals();
});

describe('SpeechSession', () => {
  it('reads the page from its first sentence, in order, highlighting each, then goes idle', async () => {
    const { session, synth, spoken, statuses } = setUp(PAGE);
    const state = await session.handle('play');
    expect(state).toMatchObject({
      status: 'speaking',
      index: 0,
      count: 3,
      lang: 'en',
      voice: 'v-en',
    });
    expect(state.voices).toEqual([{ uri: 'v-en', name: 'en', online: false }]);
    expect(highlighted()).toBe('One is first.');
    synth.spoken[0]!.onend?.();
    expect(highlighted()).toBe('Two is next.');
    synth.spoken[1]!.onend?.();
    synth.spoken[2]!.onend?.();
    expect(spoken()).toEqual(['One is first.', 'Two is next.', 'Three ends it.']);
    expect(statuses()).toEqual([
      'idle 0/0',
      'speaking 0/3',
      'speaking 1/3',
      'speaking 2/3',
      'idle 0/0',
    ]);
    expect(highlighted()).toBeNull();
  });

  it('reads only the selection, and collapses it so the highlight shows', async () => {
    const { session, spoken } = setUp(PAGE);
    const selection = document.getSelection()!;
    selection.selectAllChildren(document.getElementById('last')!);
    await session.handle('play');
    expect(spoken()).toEqual(['Three ends it.']);
    expect(selection.isCollapsed).toBe(true);
  });

  it('starts at the element last focused, not at Legible’s own', async () => {
    const { session, spoken } = setUp(
      `${PAGE.replace('id="last"', 'id="last" tabindex="0"')}<legible-panel tabindex="0"></legible-panel>`,
    );
    document.getElementById('last')!.focus();
    document.querySelector<HTMLElement>('legible-panel')!.focus();
    await session.handle('play');
    expect(spoken()).toEqual(['Three ends it.']);
  });

  it('toggle starts a reading, and stops the one going on', async () => {
    const { session, synth, spoken } = setUp(PAGE);
    expect((await session.handle('toggle')).status).toBe('speaking');
    synth.calls.length = 0;
    expect((await session.handle('toggle')).status).toBe('idle');
    expect(synth.calls).toContain('cancel');
    expect(spoken()).toEqual(['One is first.']);
  });

  it('pauses and resumes; play goes on from a pause, toggle stops it', async () => {
    const { session, synth, spoken } = setUp(PAGE);
    await session.handle('play');
    expect((await session.handle('pause')).status).toBe('paused');
    expect(synth.calls.at(-1)).toBe('pause');
    expect((await session.handle('resume')).status).toBe('speaking');
    expect(synth.calls.at(-1)).toBe('resume');
    await session.handle('pause');
    expect((await session.handle('play')).status).toBe('speaking');
    expect(spoken()).toEqual(['One is first.']);
    await session.handle('pause');
    expect((await session.handle('toggle')).status).toBe('idle');
  });

  it('stops at a sentence no voice can read, naming its language', async () => {
    const { session, spoken } = setUp('<main><p lang="ru">Три идёт потом.</p></main>', ['en']);
    const state = await session.handle('play');
    expect(state).toMatchObject({ status: 'no-voice', lang: 'ru', voices: [], voice: null });
    expect(spoken()).toEqual([]);
  });

  it('says when there is nothing to read, until something is read', async () => {
    const { session, statuses } = setUp('<main></main>');
    expect((await session.handle('play')).status).toBe('nothing');
    document.body.innerHTML = PAGE;
    expect((await session.handle('play')).status).toBe('speaking');
    expect(statuses()).toEqual(['idle 0/0', 'nothing 0/0', 'speaking 0/3']);
  });

  it('announces a state once, however often it is reached', async () => {
    const { session, synth, states } = setUp(PAGE);
    session.applySettings({ ...DEFAULT_SETTINGS, enabled: true });
    await session.handle('status');
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(states).toHaveLength(1);
    synth.voices = [...synth.voices, voice('en')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(states).toHaveLength(2);
  });

  it('waits for the voices when asked for the state before any are listed', async () => {
    const { session, synth } = setUp(PAGE, []);
    const pending = session.handle('status');
    synth.voices = [voice('en')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect((await pending).voice).toBe('v-en');
  });

  it('stops on leaving the page, and shows the highlight again when settings change', async () => {
    const { session, states } = setUp(PAGE);
    await session.handle('play');
    highlights.clear();
    session.applySettings({ ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' });
    expect(highlighted()).toBe('One is first.');
    window.dispatchEvent(new Event('pagehide'));
    expect(states.at(-1)?.status).toBe('idle');
  });

  it('on abort, stops speech and the highlight, and ignores what comes after', async () => {
    const { session, synth, states, spoken } = setUp(PAGE);
    await session.handle('play');
    synth.calls.length = 0;
    session.dispose();
    expect(synth.calls).toContain('cancel');
    expect(highlighted()).toBeNull();
    expect(states.at(-1)?.status).toBe('idle');
    const told = states.length;
    synth.spoken[0]!.onend?.();
    synth.voices = [];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(spoken()).toEqual(['One is first.']);
    expect(states).toHaveLength(told);
  });

  it('reads nothing when aborted while the voices load', async () => {
    const { session, spoken } = setUp(PAGE);
    const playing = session.handle('play');
    session.dispose();
    await playing;
    expect(spoken()).toEqual([]);
  });

  it('ends itself when readable mode goes off', async () => {
    const { session, synth } = setUp(PAGE);
    await session.handle('play');
    session.applySettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(session.signal.aborted).toBe(true);
    expect(synth.calls).toContain('cancel');
  });
});
