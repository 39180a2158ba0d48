/**
 * The on-page panel's content script: registered by the background (top frame only)
 * while readable mode is on and the panel is wanted, so its code loads only then. It
 * mounts the Preact panel in a closed shadow root where it hears only the user's own
 * events (trusted-events.ts), pushes the page down by the panel's height (fixed and
 * sticky headers included), answers the "focus the panel" command, and removes all of
 * it, Preact's tree and listeners included, when readable mode or the panel goes off.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import controlsCss from '@/components/controls/controls.css?inline';
import { offeredAidsRow } from '@/components/reading-aids/shared-world';
import { PagePush } from '@/entrypoints/panel.content/page-push';
import panelCss from '@/entrypoints/panel.content/panel.css?inline';
import { loadAidsRow } from '@/entrypoints/panel.content/load-aids';
import { PanelRoot } from '@/entrypoints/panel.content/panel-root';
import { ReadablePanel } from '@/entrypoints/panel.content/ReadablePanel';
import { ignoreUntrustedEvents } from '@/entrypoints/panel.content/trusted-events';
import { PageSettingsStore } from '@/settings/page-settings-store';
import { siteKey } from '@/settings/site-key';
import { uiLanguage } from '@/utils/i18n';
import { listen } from '@/utils/listen';
import { PANEL_TAG } from '@/utils/page-marks';
import { isFocusPanelMessage } from '@/utils/protocol';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // The CSS goes into the panel's shadow root (panel-root.ts), never into the page.
  cssInjectionMode: 'manual',
  // `ctx` is Legible's own context (utils/content-script-context.ts), as in content/.
  main(ctx) {
    const store = new PageSettingsStore(browser.runtime.getManifest().version);
    const site = siteKey(location.href);
    const push = new PagePush(document);
    const root = new PanelRoot(document, PANEL_TAG, controlsCss + panelCss);
    root.host.setAttribute('lang', uiLanguage());
    const watching = new AbortController();
    const { signal } = watching;
    // Before anything is drawn: no control inside ever sees an event the page made up.
    ignoreUntrustedEvents(root.shadow, signal);
    ctx.onInvalidated(() => watching.abort());
    signal.addEventListener('abort', () => {
      // Unmounting runs the components' cleanup: their settings listeners go too.
      render(null, root.container);
      // The reading aids' script, if it came, goes with the panel it served.
      offeredAidsRow()?.stop();
      push.stop();
      root.remove();
    });
    let shown = false;
    /** The focus command came before the panel was drawn. */
    let focusWanted = false;
    // After Preact has drawn the panel (its settings come with it: usePageSettings).
    const focusFirstControl = () =>
      requestAnimationFrame(() =>
        root.shadow.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus(),
      );
    const show = () => {
      shown = true;
      root.show();
      render(<ReadablePanel store={store} site={site} loadAids={loadAidsRow} />, root.container);
      push.follow(root.host);
      if (focusWanted) focusFirstControl();
    };

    const focusPanel = (message: unknown) => {
      if (!isFocusPanelMessage(message)) return;
      // Expanded at once, before the background answers.
      void store.update({ panelCollapsed: false });
      if (shown) focusFirstControl();
      else focusWanted = true;
    };
    listen(browser.runtime.onMessage, focusPanel, signal);

    store.watch(
      site,
      (settings) => {
        if (!settings.enabled || !settings.panel) watching.abort();
        // Once: drawing it again would move, and so blur, the panel at every change.
        else if (!shown) show();
      },
      { signal },
    );
  },
});
