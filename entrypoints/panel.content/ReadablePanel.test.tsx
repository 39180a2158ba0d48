// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelAidsRow } from '@/components/reading-aids/aids-row';
import { ReadablePanel } from '@/entrypoints/panel.content/ReadablePanel';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY } from '@/settings/page-copy';
import { PageSettingsStore } from '@/settings/page-settings-store';
import { SPEECH_REQUEST, type SpeechState } from '@/utils/protocol';

const SITE = 'example.org';
/** The Legible version that published the page copy the panel reads. */
const VERSION = '1.0';
const SPEECH: SpeechState = {
  status: 'idle',
  index: 0,
  count: 0,
  lang: 'en',
  voices: [
    { uri: 'voice:en-1', name: 'English 1', online: false },
    { uri: 'voice:en-2', name: 'English 2', online: false },
  ],
  voice: 'voice:en-1',
};

/** An event as the browser's own would be: happy-dom has no isTrusted at all. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The panel with its reading aids over stored settings, read aloud answering with SPEECH. */
async function drawPanel() {
  await fakeBrowser.storage.local.set({
    [PAGE_SETTINGS_KEY]: {
      by: VERSION,
      settings: { ...DEFAULT_SETTINGS, enabled: true, panelAids: true },
    },
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    (message as { type?: string }).type === SPEECH_REQUEST ? Promise.resolve(SPEECH) : undefined,
  );
  const container = document.createElement('div');
  document.body.append(container);
  const store = new PageSettingsStore(VERSION);
  const writes = vi.spyOn(store, 'update').mockResolvedValue();
  // The aids' row as its script offers it, drawn at once (the background brings it in a browser).
  const loadAids = () => Promise.resolve(panelAidsRow(() => undefined));
  render(<ReadablePanel store={store} site={SITE} loadAids={loadAids} />, container);
  await vi.waitFor(() => expect(container.querySelector('select option')).not.toBeNull());
  return { container, writes };
}

afterEach(() => {
  for (const container of document.body.children) render(null, container);
  document.body.replaceChildren();
});

describe('the panel writes only what it offers', () => {
  it('a voice listed for the language being read', async () => {
    const { container, writes } = await drawPanel();
    const select = container.querySelector('select')!;
    select.value = 'voice:en-2';
    select.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    expect(writes).toHaveBeenCalledWith({ speechVoices: { en: 'voice:en-2' } });
  });

  it('not a voice that is not listed, even from an option slipped into the list', async () => {
    const { container, writes } = await drawPanel();
    const select = container.querySelector('select')!;
    const slipped = document.createElement('option');
    slipped.value = 'voice:elsewhere';
    select.append(slipped);
    select.value = 'voice:elsewhere';
    select.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    expect(writes).not.toHaveBeenCalled();
  });

  it('a colour as #rrggbb, and nothing else', async () => {
    const { container, writes } = await drawPanel();
    const input = container.querySelector<HTMLInputElement>('input[data-field="customLink"]')!;
    input.value = '#0A0B0C';
    input.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    expect(writes).toHaveBeenLastCalledWith({ customLink: '#0a0b0c', customColors: true });
    writes.mockClear();
    Object.defineProperty(input, 'value', { value: 'red; background: url(x)' });
    input.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    expect(writes).not.toHaveBeenCalled();
  });

  it('what Reset writes', async () => {
    const { container, writes } = await drawPanel();
    container
      .querySelector('[data-action="reset"]')!
      .dispatchEvent(trusted(new MouseEvent('click')));
    expect(writes).toHaveBeenCalledTimes(1);
  });
});
