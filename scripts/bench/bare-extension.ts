/**
 * The least any extension like Legible can cost a page: a "bare" extension whose
 * content script runs where Legible's does (every frame, at document_start) and only
 * reads the settings from storage.sync, as any extension that keeps its preferences in
 * extension storage must before it can restyle anything. It restyles nothing. Figure 4
 * loads pages with it, so that what a content script costs before doing any work is
 * measured, not assumed.
 */
import { PROFILE } from '@/scripts/bench/session';
import { launchStandIn } from '@/scripts/bench/stand-in-extension';

const MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench: bare content script',
  version: '1.0',
  permissions: ['storage'],
  background: { service_worker: 'background.js' },
  content_scripts: [
    { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start', all_frames: true },
  ],
};

/** Stores the bench's profile, so the content script reads what Legible's would. */
const BACKGROUND = `chrome.runtime.onInstalled.addListener(() => {
  chrome.storage.sync.set({ settings: ${JSON.stringify(PROFILE)} });
});
`;

const CONTENT = `chrome.storage.sync.get('settings').then((stored) => {
  globalThis.benchSettings = stored.settings;
});
`;

export function launchBareChromium() {
  return launchStandIn({
    name: 'bare',
    manifest: MANIFEST,
    files: { 'background.js': BACKGROUND, 'content.js': CONTENT },
  });
}
