// Build configuration: one source tree, a Chrome MV3 and a Firefox MV2 build.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
// Relative, not `@/`: the alias is not resolved while this config loads.
import { BUNDLED_FONT_FILES, FONTS_DIR } from './features/font-family/bundled-fonts';
import { BUNDLED_FONT_LICENCES, sourceOf } from './features/font-family/font-sources';
import { HOLD_SCHEMES, holdFile, holdSheet } from './features/color-scheme/first-paint-hold';

/** Fixed so that Firefox gives the add-on `storage.sync` and a stable identity. */
export const GECKO_ID = 'legible@legible-extension';

/**
 * The page scripts built without webextension-polyfill. Each calls only what returns
 * promises natively in Chrome MV3 (`chrome.*`) and Firefox MV2 (`browser.*`): storage
 * (sync, local, managed, onChanged), runtime.sendMessage, runtime.getURL/id and i18n,
 * and their runtime.onMessage listeners answer nothing (a listener that answers with a
 * promise needs the polyfill in Chrome: the speech script keeps it).
 * - content: the restyling engine, in every frame of every page while readable mode is on;
 * - reading-guide: the reading guide, in the top frame while it is on;
 * - calm-pages: calm pages' media and GIF stills, in every frame while it is on;
 * - panel: the on-page panel's first paint;
 * - reading-aids: the panel's reading-aids row, read aloud's controls included.
 */
const NATIVE_PROMISES: ReadonlySet<string> = new Set([
  'content',
  'reading-guide',
  'calm-pages',
  'panel',
  'reading-aids',
]);

/** What WXT's content-script entry imports its context from, and the entry itself. */
const WXT_CONTEXT = 'wxt/utils/content-script-context';
const WXT_CONTENT_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint';

/**
 * Builds every content script with Legible's own context (utils/content-script-context.ts)
 * instead of WXT's, which names the extension's id in an event it dispatches to the page
 * at each start and stops when the page dispatches one. WXT's entry constructs the class
 * it imports from WXT_CONTEXT; that import now resolves to ours. Should WXT's entry stop
 * importing it so, the build fails rather than quietly putting WXT's context back.
 */
function ownContentScriptContext(): Plugin {
  return {
    name: 'legible:content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== WXT_CONTEXT) return null;
      return this.resolve('@/utils/content-script-context', importer, { skipSelf: true });
    },
    transform(code, id) {
      if (id.startsWith(WXT_CONTENT_ENTRY) && !code.includes(`from "${WXT_CONTEXT}"`)) {
        this.error(`WXT's content-script entry no longer imports ${WXT_CONTEXT}`);
      }
      return null;
    },
  };
}

export default defineConfig({
  // webextension-polyfill behind `wxt/browser`, so every context uses promise-based `browser.*`.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Names come from explicit imports, never from auto-imports (see STYLE.md).
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the settings. scripting + all hosts: the first-paint hold stylesheet is
    // registered for every page while readable mode is on
    // (entrypoints/background/first-paint-hold.ts), and so is the content script.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-readable-mode': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggle__',
      },
      'focus-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandFocusPanel__',
      },
      'read-aloud': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_speechCommand__',
      },
    },
    // The bundled fonts are read by the content script, which gives the page their faces
    // and never their address (engine/font-host.ts). Chrome lets a content script fetch
    // an extension file only if it is web-accessible to the page it runs in;
    // use_dynamic_url: only under a per-session id, which no page learns, so no page can
    // probe the files' fixed address to learn that Legible is installed. Firefox lets
    // content scripts read the extension's files without this, so it gets none.
    ...(browser !== 'firefox' && {
      web_accessible_resources: [
        { resources: [`${FONTS_DIR}/*.woff2`], matches: ['<all_urls>'], use_dynamic_url: true },
      ],
    }),
    // Chrome's policy for extensions is checked against this schema (README: "Presets
    // for administrators"); Firefox takes the same object from policies.json.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // Only Firefox reads this key; Chrome would warn about it.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first release (and ESR) that reads data_collection_permissions.
          strict_min_version: '140.0',
          // Legible collects and sends nothing; Firefox shows this at install.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on; everything
        // else Legible uses is older there (MDN compat data: scripting 102, Intl.Segmenter
        // 125, the Custom Highlight API 140). Missing there at any version: commands,
        // managed storage, sync beyond the device (README: "Firefox for Android").
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // Firefox's sources zip is for reviewers rebuilding the add-on: pictures are not sources.
  zip: { excludeSources: ['docs/**', 'store-listing/screenshots/**'] },
  // WXT has no Preact module; the Vite plugin compiles JSX for the popup and options. The
  // content scripts get Legible's context, which tells the page nothing.
  vite: () => ({ plugins: [preact(), ownContentScriptContext()] }),
  hooks: {
    // The scripts in NATIVE_PROMISES get the browser's own `browser`/`chrome`, without
    // webextension-polyfill: less to load and evaluate on every page (the polyfill builds
    // its API table and wraps `chrome` at start, and is 2.7 KiB gzipped).
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (
        entrypoints.every(({ name }) => NATIVE_PROMISES.has(name)) &&
        alias &&
        !Array.isArray(alias)
      ) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // The fonts and their licences are copied from the pinned @fontsource packages at
    // build time, never committed: features/font-family/bundled-fonts.ts lists them.
    'build:publicAssets': (wxt, assets) => {
      const require = createRequire(join(wxt.config.root, 'package.json'));
      const fonts = BUNDLED_FONT_FILES.map((font) => ({ file: font.file, source: sourceOf(font) }));
      for (const { file, source } of [...fonts, ...BUNDLED_FONT_LICENCES]) {
        assets.push({ absoluteSrc: require.resolve(source), relativeDest: `${FONTS_DIR}/${file}` });
      }
      // Each scheme's first-paint hold, made from the scheme's colours (one home for them).
      for (const scheme of HOLD_SCHEMES) {
        assets.push({ contents: holdSheet(scheme), relativeDest: holdFile(scheme).slice(1) });
      }
    },
    // Lets `browser.runtime.getURL('/fonts/….woff2')` type-check like a public/ file.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...BUNDLED_FONT_FILES.map(({ file }) => `/${FONTS_DIR}/${file}`));
      paths.push(...HOLD_SCHEMES.map(holdFile));
    },
  },
});
