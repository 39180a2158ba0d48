/**
 * The background: the one writer of the settings (settings-writer.ts: every other
 * context sends it the user's changes), and keeps the stored settings sound and
 * Legible's page scripts in step with readable mode (see page-scripts.ts). On start-up
 * and after every change (from this device or, through sync, from another) it merges
 * this computer's changes back where another computer's write lacked them, publishes
 * what pages read of the settings (settings/page-copy.ts), repairs what is stored,
 * keeping a backup of anything it had to change, and registers the scripts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectCalmPages, syncCalmPagesScript } from '@/entrypoints/background/calm-pages-script';
import { runCommand } from '@/entrypoints/background/commands';
import { syncFirstPaintHolds } from '@/entrypoints/background/first-paint-hold';
import { syncPageScripts } from '@/entrypoints/background/page-scripts';
import { loadReadingAids } from '@/entrypoints/background/reading-aids-loader';
import { injectReadingGuide } from '@/entrypoints/background/reading-guide-script';
import { relaySpeech } from '@/entrypoints/background/speech-relay';
import { backgroundPageWriter, backgroundWriter } from '@/entrypoints/background/settings-writer';
import { repairStoredSettings } from '@/entrypoints/background/storage-repair';
import { changeListener } from '@/settings/change-messages';
import type { PageChangeWriter } from '@/settings/page-changes';
import { PAGE_SETTINGS_KEY } from '@/settings/page-copy';
import { publishPageCopy } from '@/settings/page-copy-publisher';
import { siteMode } from '@/settings/site-choices';
import { loadSettings, touchesSettings } from '@/settings/settings-store';
import { isCommand, isCommandMessage, isPageCopyWantedMessage } from '@/utils/protocol';

/**
 * Publishes the page copy, in a queue of its own so that a change reaches open pages
 * without waiting behind a repair or a registration. Each run reads the settings afresh
 * when it starts, so a run still waiting serves every call made meanwhile (a panel's
 * change asks for one, and so does the storage change it makes).
 */
let publishing: Promise<void> = Promise.resolve();
let waiting: Promise<void> | null = null;
function publishCopy(): Promise<void> {
  if (waiting) return waiting;
  const publish = async () => {
    waiting = null;
    const { settings, sites } = await loadSettings();
    await publishPageCopy(settings, sites, browser.runtime.getManifest().version);
  };
  // A copy local storage refuses (its quota) must not stop the next one.
  publishing = publishing.then(publish).catch(() => undefined);
  waiting = publishing;
  return publishing;
}

async function settle(): Promise<void> {
  // Scripts registered now find the copy of the settings they are registered for.
  await publishing;
  await repairStoredSettings();
  const { settings, sites } = await loadSettings();
  // The holds go in before the scripts, so no page gets the engine unheld (one that loads
  // meanwhile may get a hold alone, which ends by itself). Going off they come out first
  // too: an engine that finds readable mode off changes nothing.
  await syncFirstPaintHolds(settings, sites);
  await syncCalmPagesScript(settings, sites);
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

/** The page copy removed from outside (local storage cleared): publish it again. */
function copyRemoved(changes: Record<string, { newValue?: unknown }>, area: string): boolean {
  const change = changes[PAGE_SETTINGS_KEY];
  return area === 'local' && change !== undefined && change.newValue == null;
}

export default defineBackground(() => {
  // At every start of the background: install, update, browser start, or woken up.
  void publishCopy();
  settleAfter(async () => undefined);
  const writer = backgroundWriter();
  const pageWriter = backgroundPageWriter();
  // A panel's change is answered once pages can read it: the panel then shows the copy.
  const writePage: PageChangeWriter = (site, patch) => pageWriter(site, patch).then(publishCopy);
  browser.runtime.onMessage.addListener(changeListener(writer, writePage));
  browser.storage.onChanged.addListener((changes, area) => {
    // Another computer's write may lack this one's changes: the writer merges them back.
    writer.noticeChange(changes, area);
    if (touchesSettings(changes, area)) {
      void publishCopy();
      settleAfter(async () => undefined);
    } else if (copyRemoved(changes, area)) void publishCopy();
  });
  // A content script that found no copy (settings/page-copy-reader.ts): it waits for one.
  browser.runtime.onMessage.addListener((message: unknown) =>
    isPageCopyWantedMessage(message) ? publishCopy() : undefined,
  );
  // Firefox for Android has no keyboard shortcuts: no `browser.commands` at all.
  browser.commands?.onCommand.addListener((command) => {
    if (isCommand(command)) void runCommand(command);
  });
  browser.runtime.onMessage.addListener(relaySpeech);
  browser.runtime.onMessage.addListener(loadReadingAids);
  browser.runtime.onMessage.addListener(injectReadingGuide);
  browser.runtime.onMessage.addListener(injectCalmPages);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only Legible's own pages (popup, options) may send commands; content scripts,
    // whose sender URL is the web page's, never do.
    const fromOwnPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
    if (!isCommandMessage(message) || !fromOwnPage) return undefined;
    return runCommand(message.command);
  });
});
