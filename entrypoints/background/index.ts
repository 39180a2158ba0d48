/**
 * The background: the one writer of the settings (settings-writer.ts: every other
 * context sends it the user's changes), and keeps the stored settings sound and
 * Legible's page scripts in step with readable mode (see page-scripts.ts). On start-up
 * and after every change (from this device or, through sync, from another) it merges
 * this computer's changes back where another computer's write lacked them, repairs what
 * is stored, keeping a backup of anything it had to change, and registers the scripts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runCommand } from '@/entrypoints/background/commands';
import { syncFirstPaintHolds } from '@/entrypoints/background/first-paint-hold';
import { syncPageScripts } from '@/entrypoints/background/page-scripts';
import { relaySpeech } from '@/entrypoints/background/speech-relay';
import { backgroundWriter } from '@/entrypoints/background/settings-writer';
import { repairStoredSettings } from '@/entrypoints/background/storage-repair';
import { changeListener } from '@/settings/change-messages';
import { siteMode } from '@/settings/site-choices';
import { loadSettings, touchesSettings } from '@/settings/settings-store';
import { isCommand, isCommandMessage } from '@/utils/protocol';

async function settle(): Promise<void> {
  await repairStoredSettings();
  const { settings, sites } = await loadSettings();
  // The holds go in before the scripts, so no page gets the engine unheld (one that loads
  // meanwhile may get a hold alone, which ends by itself). Going off they come out first
  // too: an engine that finds readable mode off changes nothing.
  await syncFirstPaintHolds(settings, sites);
  const offSites = Object.keys(sites).filter((site) => siteMode(sites, site) === 'off');
  await syncPageScripts(settings.enabled, settings.enabled && settings.panel, offSites);
}

/**
 * One settle at a time, in the order the changes came: two overlapping runs could each
 * read the registrations before the other changed them, and leave the page scripts
 * unregistered while readable mode is on. Each run reads the settings afresh.
 */
let settling: Promise<void> = Promise.resolve();
function settleAfter(step: () => Promise<void>): void {
  settling = settling
    .then(step)
    .then(settle, settle)
    .catch(() => undefined);
}

export default defineBackground(() => {
  settleAfter(async () => undefined);
  const writer = backgroundWriter();
  browser.runtime.onMessage.addListener(changeListener(writer));
  browser.storage.onChanged.addListener((changes, area) => {
    // Another computer's write may lack this one's changes: the writer merges them back.
    writer.noticeChange(changes, area);
    if (touchesSettings(changes, area)) settleAfter(async () => undefined);
  });
  // Firefox for Android has no keyboard shortcuts: no `browser.commands` at all.
  browser.commands?.onCommand.addListener((command) => {
    if (isCommand(command)) void runCommand(command);
  });
  browser.runtime.onMessage.addListener(relaySpeech);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only Legible's own pages (popup, options) may send commands; content scripts,
    // whose sender URL is the web page's, never do.
    const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    if (!isCommandMessage(message) || !fromOwnPage) return undefined;
    return runCommand(message.command);
  });
});
