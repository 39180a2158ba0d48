// Build configuration: one source tree, a Chrome MV3 and a Firefox MV2 build.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Fixed so that Firefox gives the add-on `storage.sync` and a stable identity. */
export const GECKO_ID = 'legible@legible-extension';

export default defineConfig({
  // webextension-polyfill behind `wxt/browser`, so every context uses promise-based `browser.*`.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Names come from explicit imports, never from auto-imports (see STYLE.md).
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the settings. Nothing else is needed for the foundation; each later
    // permission is justified in the README next to the feature that uses it.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
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
      },
    }),
  }),
  // WXT has no Preact module; the Vite plugin compiles JSX for the popup and options.
  vite: () => ({ plugins: [preact()] }),
});
