/**
 * The reading guide's script (features/reading-guide.ts): brought by the background
 * (entrypoints/background/reading-guide-script.ts) into a tab's top frame the first
 * time the guide is on there, so pages where it is never on do not load it. It draws
 * the guide while the settings say so, hides it when the guide is turned off, and stops,
 * leaving nothing behind, when readable mode goes off or the extension is reloaded.
 * No UI framework is loaded here.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ReadingGuide } from '@/features/reading-guide';
import { watchPageSettings } from '@/settings/page-copy-reader';
import { siteKey } from '@/settings/site-key';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Legible's own context, as in entrypoints/content/index.ts.
  main(ctx) {
    const guide = new ReadingGuide(document);
    const watching = new AbortController();
    ctx.onInvalidated(() => watching.abort());
    watching.signal.addEventListener('abort', () => guide.stop());
    watchPageSettings(
      siteKey(location.href),
      browser.runtime.getManifest().version,
      (settings) => {
        if (settings.enabled) guide.apply(settings);
        else watching.abort();
      },
      watching.signal,
    );
  },
});
