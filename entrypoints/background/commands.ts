/**
 * The keyboard shortcuts (manifest `commands`): toggle readable mode, move focus into
 * the on-page panel (turning readable mode and the panel on first if needed), and
 * start or stop reading aloud in the active tab (turning readable mode on first: read
 * aloud works only while it is on). The same commands arrive as runtime messages from
 * Legible's own pages (utils/protocol.ts), so the tests can drive them. Settings are
 * written through the settings store, straight to the background's one writer.
 */
import { browser } from 'wxt/browser';
import { backgroundStore } from '@/entrypoints/background/settings-writer';
import { requestSpeech } from '@/entrypoints/background/speech-relay';
import type { KnownSettings } from '@/settings/schema';
import { FOCUS_PANEL_MESSAGE, SPEECH_REQUEST, type Command } from '@/utils/protocol';

/** Writes `patch` over the settings as stored now, at once (a command is one write). */
async function write(patch: (settings: KnownSettings) => Partial<KnownSettings> | null) {
  const store = backgroundStore();
  const { settings, syncUnread } = await store.load();
  // A toggle worked out from settings sync could not give would flip a guess.
  if (syncUnread) return;
  const changes = patch(settings);
  if (!changes) return;
  await store.update(changes);
  await store.flush();
}

/** Turns on what `wanted` names if it is off; gives the active tab's id. */
async function switchOnForActiveTab(wanted: {
  enabled: true;
  panel?: true;
}): Promise<number | undefined> {
  await write((settings) =>
    !settings.enabled || (wanted.panel && !settings.panel) ? wanted : null,
  );
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The panel may still be arriving in the tab (just switched on): it is asked a few times. */
async function focusPanel(): Promise<void> {
  const tabId = await switchOnForActiveTab({ enabled: true, panel: true });
  if (tabId === undefined) return;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await browser.tabs.sendMessage(tabId, { type: FOCUS_PANEL_MESSAGE }, { frameId: 0 });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

async function readAloud(): Promise<void> {
  const tabId = await switchOnForActiveTab({ enabled: true });
  if (tabId !== undefined) await requestSpeech(tabId, { type: SPEECH_REQUEST, action: 'toggle' });
}

export async function runCommand(command: Command): Promise<void> {
  if (command === 'focus-panel') return focusPanel();
  if (command === 'read-aloud') return readAloud();
  await write(({ enabled }) => ({ enabled: !enabled }));
}
