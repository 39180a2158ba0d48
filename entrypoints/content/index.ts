/**
 * The content script. The background registers it (and injects it into open tabs) only
 * while readable mode is on, in every frame, at document_start. It hands the settings
 * to the engine and, when readable mode goes off, removes every trace and stops
 * listening: the background injects a fresh one when readable mode comes back on.
 * No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReadableEngine } from '@/engine/readable-engine';
import { holdRendering } from '@/engine/render-block';
import { CalmMedia } from '@/features/calm-pages/media';
import { ReadingGuide } from '@/features/reading-guide';
import { StillImages } from '@/features/calm-pages/stills';
import { siteKey } from '@/settings/site-choices';
import { forSite, SettingsStore } from '@/settings/settings-store';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // WXT would otherwise announce each start to the page with window.postMessage,
  // naming the extension: pages learn nothing about the user's tools from Legible.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // No frame until the settings are in (where the browser allows it): see render-block.ts.
    const releaseRendering = holdRendering(document);
    const engine = new ReadableEngine(document, {
      assetUrl: (path) => browser.runtime.getURL(path as '/'),
    });
    const calm = new CalmMedia(document);
    const stills = new StillImages(document);
    // The guide spans the window: the top frame draws it, over any frames inside.
    const guide = window === window.top ? new ReadingGuide(document) : null;
    const watching = new AbortController();
    ctx.onInvalidated(() => watching.abort());
    watching.signal.addEventListener('abort', () => {
      releaseRendering();
      engine.stop();
      calm.stop();
      stills.stop();
      guide?.stop();
    });
    // Per-site choices follow each frame's own site.
    const site = siteKey(location.href);
    new SettingsStore().watch(
      (loaded) => {
        const settings = forSite(loaded, site);
        // Released before the engine asks for its first animation frame, in the same
        // task, so that frame is the first the page gets.
        releaseRendering();
        if (!settings.enabled) {
          watching.abort();
          return;
        }
        engine.apply(settings);
        calm.apply(settings.calmPages);
        stills.apply(settings.calmPages);
        guide?.apply(settings);
      },
      { signal: watching.signal },
    );
  },
});
