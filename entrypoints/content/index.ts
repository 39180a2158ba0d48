/**
 * The every-page content script. It runs at document_start in every page, watches the
 * settings and hands them to the engine; while readable mode is off it does nothing
 * but listen. No UI framework is loaded here.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageStyles } from '@/engine/page-styles';
import { SettingsStore } from '@/settings/settings-store';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  main(ctx) {
    const styles = new PageStyles(document);
    const store = new SettingsStore();
    store.watch(({ settings }) => styles.apply(settings), { signal: ctx.signal });
    ctx.onInvalidated(() => styles.remove());
  },
});
