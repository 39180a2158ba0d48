/**
 * The keyboard shortcuts (manifest `commands`): toggle readable mode, move focus into
 * the on-page panel (turning readable mode and the panel on first if needed), and
 * start or stop reading aloud in the active tab (turning readable mode on first: read
 * aloud works only while it is on). The
 * same commands arrive as runtime messages from Legible's own pages, so the popup can
 * offer them as buttons and the tests can drive them.
 */
import { browser } from 'wxt/browser';
import { FOCUS_PANEL_MESSAGE } from '@/entrypoints/panel.content/messages';
import { requestSpeech } from '@/entrypoints/background/speech-relay';
import { SPEECH_REQUEST } from '@/utils/protocol';
import { loadSettings } from '@/settings/settings-store';
import { writeRawSettings } from '@/settings/storage-areas';

export const COMMANDS = ['toggle-readable-mode', 'focus-panel', 'read-aloud'] as const;
export type Command = (typeof COMMANDS)[number];
export const COMMAND_MESSAGE = 'legible:command';

export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

/** Turns on what `wanted` names if it is off; gives the active tab's id. */
async function switchOnForActiveTab(wanted: {
  enabled: true;
  panel?: true;
}): Promise<number | undefined> {
  const { settings } = await loadSettings();
  if (!settings.enabled || (wanted.panel && !settings.panel)) {
    await writeRawSettings({ ...settings, ...wanted });
  }
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
  const { settings } = await loadSettings();
  await writeRawSettings({ ...settings, enabled: !settings.enabled });
}
