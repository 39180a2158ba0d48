/**
 * The site of the tab the popup was opened for: the active tab, or the one named by
 * `?tab=<id>` when the popup page is opened as a page of its own (pinned, or by tests).
 * Null for pages no extension may change (browser pages, the stores).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { siteKey } from '@/settings/site-choices';

/** The tab the popup is for: `?tab=<id>` when given, else the active tab. */
export function popupTab(): Promise<Browser.tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0
    ? browser.tabs.get(named)
    : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
}

export function useActiveSite(): { site: string | null; ready: boolean } {
  const [state, setState] = useState<{ site: string | null; ready: boolean }>({
    site: null,
    ready: false,
  });
  useEffect(() => {
    void popupTab().then(
      (found) => setState({ site: siteKey(found?.url ?? ''), ready: true }),
      () => setState({ site: null, ready: true }),
    );
  }, []);
  return state;
}
