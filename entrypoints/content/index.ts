/**
 * The content script. The background registers it (and injects it into open tabs) only
 * while readable mode is on, in every frame, at document_start. It hands the settings
 * for this frame's site (the background's page copy of them, settings/page-copy.ts: no
 * schema or repair code is loaded in every frame) to the engine, which runs every
 * feature of the registry; when
 * readable mode goes off, everything is removed and the script stops listening: the
 * background injects a fresh one when readable mode comes back on.
 * No UI framework is loaded here.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReadableEngine } from '@/engine/readable-engine';
import { holdRendering } from '@/engine/render-block';
import { FEATURES } from '@/features/index';
import { watchPageSettings } from '@/settings/page-copy-reader';
import { siteKey } from '@/settings/site-key';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // `ctx` is Legible's own context (utils/content-script-context.ts): it stops this copy
  // when a newer one starts or the extension goes, and tells the page nothing.
  main(ctx) {
    // No frame until the settings are in (where the browser allows it): see render-block.ts.
    const releaseRendering = holdRendering(document);
    // The bundled fonts' files, read by this script (engine/font-host.ts): the page gets
    // their faces, never their address.
    const fetchAsset = async (path: string) =>
      (await fetch(browser.runtime.getURL(path as PublicPath))).arrayBuffer();
    const engine = new ReadableEngine(document, fetchAsset, FEATURES);
    const watching = new AbortController();
    ctx.onInvalidated(() => watching.abort());
    watching.signal.addEventListener('abort', () => {
      releaseRendering();
      engine.stop();
    });
    // Per-site choices follow each frame's own site.
    const site = siteKey(location.href);
    watchPageSettings(
      site,
      browser.runtime.getManifest().version,
      (settings) => {
        if (!settings.enabled) {
          releaseRendering();
          watching.abort();
          return;
        }
        // Released in the task in which the engine asks for its first animation frame
        // (once a bundled font chosen is in), so that frame is the first the page gets.
        void engine.apply(settings).then(releaseRendering);
      },
      watching.signal,
    );
  },
});
