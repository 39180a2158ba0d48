// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelAidsRow } from '@/components/reading-aids/aids-row';
import { ReadablePanel } from '@/entrypoints/panel.content/ReadablePanel';
import { GUARDED_EVENTS, ignoreUntrustedEvents } from '@/entrypoints/panel.content/trusted-events';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { PAGE_SETTINGS_KEY } from '@/settings/page-copy';
import { PageSettingsStore } from '@/settings/page-settings-store';

const SITE = 'example.org';
/** The Legible version that published the page copy the panel reads. */
const VERSION = '1.0';

/** An event as the browser's own would be: happy-dom has no isTrusted at all. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/**
 * The real panel, drawn as the panel's content script draws it: in a closed shadow
 * root with the guard, over stored settings. Gives the root, the store's writes and
 * every event type a listener was added for inside the root.
 */
async function drawPanel(settings: Record<string, unknown>) {
  await fakeBrowser.storage.local.set({
    [PAGE_SETTINGS_KEY]: { by: VERSION, settings: { ...DEFAULT_SETTINGS, ...settings } },
  });
  // Preact adds an element's listeners before it puts the element in place: which ones
  // ended up inside the root is read once the panel is drawn.
  const added: [EventTarget, string][] = [];
  // The elements' own EventTarget (happy-dom's), which need not be this module's global.
  let owner: EventTarget = Object.getPrototypeOf(document.createElement('div'));
  while (!Object.hasOwn(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner);
  const add = owner.addEventListener;
  const spy = vi.spyOn(owner, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    ...args: Parameters<EventTarget['addEventListener']>
  ) {
    added.push([this, args[0]]);
    add.apply(this, args);
  });
  const host = document.createElement('legible-panel');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  root.append(container);
  const guard = new AbortController();
  ignoreUntrustedEvents(root, guard.signal);
  const store = new PageSettingsStore(VERSION);
  const writes = vi.spyOn(store, 'update').mockResolvedValue();
  // The aids' row as its script offers it, drawn at once (the background brings it in a browser).
  const loadAids = () => Promise.resolve(panelAidsRow(() => undefined));
  render(<ReadablePanel store={store} site={SITE} loadAids={loadAids} />, container);
  await vi.waitFor(() => expect(root.querySelector('button')).not.toBeNull());
  // The reading aids' row comes a moment later, as from its own script.
  if (settings.panelAids === true) {
    await vi.waitFor(() => expect(root.querySelector('.aids-row button')).not.toBeNull());
  }
  spy.mockRestore();
  const listened = new Set(
    added
      .filter(
        ([target]) => target !== root && target instanceof Node && target.getRootNode() === root,
      )
      .map(([, type]) => type),
  );
  return { root, writes, listened, guard };
}

/** Every made-up event a page script could aim at `control`. */
function attack(control: Element): void {
  (control as HTMLElement).click();
  for (const type of GUARDED_EVENTS) {
    control.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
  }
  for (const key of ['Enter', ' ']) {
    control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }
}

afterEach(() => {
  render(null, document.querySelector('legible-panel') ?? document.body);
  document.body.replaceChildren();
});

describe('the panel hears only trusted events', () => {
  it('guards every event type its controls listen to, expanded, with the aids, and collapsed', async () => {
    for (const settings of [{ panelAids: true }, { panelCollapsed: true }]) {
      const { listened } = await drawPanel({ enabled: true, ...settings });
      expect(listened.size).toBeGreaterThan(0);
      for (const type of listened) expect(GUARDED_EVENTS).toContain(type);
      document.body.replaceChildren();
    }
  });

  it('writes nothing for a made-up click, input, change, mousedown or keydown on any control', async () => {
    for (const settings of [{ panelAids: true }, { panelCollapsed: true }]) {
      const { root, writes } = await drawPanel({ enabled: true, ...settings });
      const controls = [...root.querySelectorAll('button, input, select')];
      expect(controls.length).toBeGreaterThan(settings.panelAids ? 30 : 0);
      controls.forEach(attack);
      expect(writes).not.toHaveBeenCalled();
      document.body.replaceChildren();
    }
  });

  it('the same events, trusted, reach the controls', async () => {
    const { root, writes } = await drawPanel({ enabled: true, panelAids: true });
    root.querySelector('[data-value="blue"]')!.dispatchEvent(trusted(new MouseEvent('click')));
    expect(writes).toHaveBeenLastCalledWith({ colorScheme: 'blue' });
    root.querySelector('[data-action="collapse"]')!.dispatchEvent(trusted(new MouseEvent('click')));
    expect(writes).toHaveBeenLastCalledWith({ panelCollapsed: true });
    const input = root.querySelector<HTMLInputElement>('input[data-field="customText"]')!;
    input.value = '#777777';
    input.dispatchEvent(trusted(new Event('input', { bubbles: true })));
    expect(writes).toHaveBeenLastCalledWith({ customText: '#777777', customColors: true });
    const mousedown = trusted(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    root.querySelector('[data-action^="speech-"]')!.dispatchEvent(mousedown);
    // Read aloud's button keeps the page's selection: its mousedown handler ran.
    expect(mousedown.defaultPrevented).toBe(true);
  });

  it('stops guarding when its signal aborts, with the panel', async () => {
    const { root, writes, guard } = await drawPanel({ enabled: true });
    guard.abort();
    (root.querySelector('[data-value="arial"]') as HTMLElement).click();
    expect(writes).toHaveBeenCalledWith({ fontFamily: 'arial' });
  });
});
