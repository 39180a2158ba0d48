/**
 * The site of the tab the popup was opened for: the active tab, or the one named by
 * `?tab=<id>` when the popup page is opened as a page of its own (pinned, or by tests).
 * Null for pages no extension may change (browser pages, the stores).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteKey } from '@/settings/site-choices';

export function useActiveSite(): { site: string | null; ready: boolean } {
  const [state, setState] = useState<{ site: string | null; ready: boolean }>({
    site: null,
    ready: false,
  });
  useEffect(() => {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    const tab =
      Number.isInteger(named) && named > 0
        ? browser.tabs.get(named)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void tab.then(
      (found) => setState({ site: siteKey(found?.url ?? ''), ready: true }),
      () => setState({ site: null, ready: true }),
    );
  }, []);
  return state;
}
