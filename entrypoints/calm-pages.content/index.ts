/**
 * Calm pages' script (features/calm-pages/): what CSS cannot do, autoplaying media paused
 * (media.ts) and animated GIFs replaced by stills (stills.ts). Every frame where calm
 * pages is on needs it, but most readers never turn calm pages on, so the every-frame
 * content script does not carry it. It comes in two ways
 * (entrypoints/background/calm-pages-script.ts): registered, in every frame at
 * document_start, while calm pages is on for a site, so that an autoplaying clip of a
 * page loaded then never plays; and brought into a frame whose content script finds
 * calm pages on without it (switched on with the page open). It follows the settings of
 * its frame's site, and stops, leaving nothing behind, when readable mode goes off or the
 * extension is reloaded. No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CalmMedia } from '@/features/calm-pages/media';
import { StillImages } from '@/features/calm-pages/stills';
import { watchPageSettings } from '@/settings/page-copy-reader';
import { siteKey } from '@/settings/site-key';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Legible's own context, as in entrypoints/content/index.ts.
  main(ctx) {
    const media = new CalmMedia(document);
    const stills = new StillImages(document);
    const watching = new AbortController();
    ctx.onInvalidated(() => watching.abort());
    watching.signal.addEventListener('abort', () => {
      media.stop();
      stills.stop();
    });
    watchPageSettings(
      siteKey(location.href),
      browser.runtime.getManifest().version,
      (settings) => {
        if (!settings.enabled) {
          watching.abort();
          return;
        }
        // Off for now, it stays: the content script asks for it once per page.
        media.apply(settings.calmPages);
        stills.apply(settings.calmPages);
      },
      watching.signal,
    );
  },
});
