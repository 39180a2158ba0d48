/**
 * The least any extension like Legible can cost a page: a "bare" extension whose
 * content script runs where Legible's does (every frame, at document_start) and only
 * reads the settings from storage.sync, as any extension that keeps its preferences in
 * extension storage must before it can restyle anything. It restyles nothing. Figure 4
 * loads pages with it, so that what a content script costs before doing any work is
 * measured, not assumed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@/tests/e2e/support/extension-browser';
import { BENCH_ARGS, PROFILE } from '@/scripts/bench/session';
import type { Browser } from 'puppeteer-core';

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

export async function launchBareChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'legible-bench-bare-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const session = await launchChromium({ extraArgs: BENCH_ARGS, extensionDir: dir }).catch(
    (error: unknown) => {
      remove();
      throw error;
    },
  );
  return {
    browser: session.browser,
    async close() {
      await session.close();
      remove();
    },
  };
}
