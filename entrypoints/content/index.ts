/**
 * The every-page content script, in every frame (so same-origin iframes are restyled
 * too), at document_start. It watches the settings and hands them to the engine; while
 * readable mode is off it does nothing but listen. No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReadableEngine } from '@/engine/readable-engine';
import { SettingsStore } from '@/settings/settings-store';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const engine = new ReadableEngine(document, {
      assetUrl: (path) => browser.runtime.getURL(path as '/'),
    });
    const store = new SettingsStore();
    store.watch(({ settings }) => engine.apply(settings), { signal: ctx.signal });
    ctx.onInvalidated(() => engine.stop());
  },
});
