/**
 * The peer Legible is measured against (issue 15): a stand-in for Dark Reader whose
 * content script is the `darkreader` package's own build (node_modules/darkreader,
 * the engine Dark Reader's content script runs) followed by a line that switches its
 * dynamic theme on, in every frame at document_start, as Dark Reader does. PEER_THEME
 * is the example of the package's README; the theme is dark (mode 1, its default).
 * Cross-origin stylesheets are fetched with the content script's fetch, where Dark
 * Reader's background would fetch them; its background only answers the messages the
 * engine sends, as Dark Reader's own does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchStandIn } from '@/scripts/bench/stand-in-extension';

export const PEER_THEME = { brightness: 100, contrast: 90, sepia: 10 } as const;

const PACKAGE = resolve('node_modules/darkreader');
const VERSION = (
  JSON.parse(readFileSync(resolve(PACKAGE, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** What the figures call the peer. */
export const PEER_NAME = `Dark Reader ${VERSION} dynamic theme ${JSON.stringify(PEER_THEME)}`;

const MANIFEST = {
  manifest_version: 3,
  name: 'Legible bench: Dark Reader engine',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [
    {
      matches: ['<all_urls>'],
      js: ['darkreader.js', 'enable.js'],
      run_at: 'document_start',
      all_frames: true,
      match_about_blank: true,
    },
  ],
};

const BACKGROUND = 'chrome.runtime.onMessage.addListener(() => {});\n';

const ENABLE = `DarkReader.setFetchMethod(globalThis.fetch.bind(globalThis));
DarkReader.enable(${JSON.stringify(PEER_THEME)});
`;

export function launchPeerChromium() {
  return launchStandIn({
    name: 'peer',
    manifest: MANIFEST,
    files: {
      'background.js': BACKGROUND,
      'darkreader.js': readFileSync(resolve(PACKAGE, 'darkreader.js'), 'utf8'),
      'enable.js': ENABLE,
    },
  });
}
