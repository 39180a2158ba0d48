/**
 * The keyboard shortcuts (manifest `commands`): toggle readable mode, and move focus
 * into the on-page panel (turning readable mode and the panel on first if needed). The
 * same commands arrive as runtime messages from Legible's own pages, so the popup can
 * offer them as buttons and the tests can drive them.
 */
import { browser } from 'wxt/browser';
import { FOCUS_PANEL_MESSAGE } from '@/entrypoints/panel.content/messages';
import { loadSettings } from '@/settings/settings-store';
import { writeRawSettings } from '@/settings/settings-storage';

export const COMMANDS = ['toggle-readable-mode', 'focus-panel'] as const;
export type Command = (typeof COMMANDS)[number];
export const COMMAND_MESSAGE = 'legible:command';

export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

async function focusPanel(): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.enabled || !settings.panel) {
    await writeRawSettings({ ...settings, enabled: true, panel: true });
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  // The panel may still be arriving in the tab (just switched on): ask a few times.
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await browser.tabs.sendMessage(tab.id, { type: FOCUS_PANEL_MESSAGE }, { frameId: 0 });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

export async function runCommand(command: Command): Promise<void> {
  if (command === 'focus-panel') return focusPanel();
  const { settings } = await loadSettings();
  await writeRawSettings({ ...settings, enabled: !settings.enabled });
}
