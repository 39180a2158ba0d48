/**
 * The background: keeps the stored settings sound and Legible's page scripts in step
 * with readable mode (see page-scripts.ts). On start-up and after every change (from
 * this device or, through sync, from another) it repairs what is stored, keeping a
 * backup of anything it had to change. It holds no settings state of its own.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runCommand } from '@/entrypoints/background/commands';
import { syncPageScripts } from '@/entrypoints/background/page-scripts';
import { relaySpeech } from '@/entrypoints/background/speech-relay';
import { repairStoredSettings } from '@/entrypoints/background/storage-repair';
import { SETTINGS_KEY } from '@/settings/schema';
import { siteMode } from '@/settings/site-choices';
import { dropNotSynced } from '@/settings/storage-areas';
import { loadSettings, touchesSettings } from '@/settings/settings-store';
import { isCommand, isCommandMessage } from '@/utils/protocol';

async function settle(): Promise<void> {
  await repairStoredSettings();
  const { settings, sites } = await loadSettings();
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
  browser.storage.onChanged.addListener((changes, area) => {
    if (!touchesSettings(changes, area)) return;
    // A change that reached sync (from another device, or another context of this one)
    // is newer than any local stand-in, which therefore goes.
    const fromSync = area === 'sync' && SETTINGS_KEY in changes;
    settleAfter(fromSync ? dropNotSynced : async () => undefined);
  });
  browser.commands.onCommand.addListener((command) => {
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
