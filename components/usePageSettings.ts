/** A Preact hook over the page's settings (the on-page panel's): re-renders on every change. */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageSettingsStore } from '@/settings/page-settings-store';
import type { Settings } from '@/settings/schema';

/** The settings that apply on `site`, null until they are known. */
export function usePageSettings(store: PageSettingsStore, site: string | null): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  // Before the browser paints: the store gives what it already read at once, so the
  // panel's first frame has its controls.
  useLayoutEffect(() => {
    const controller = new AbortController();
    store.watch(site, setSettings, { signal: controller.signal });
    return () => controller.abort();
  }, [store, site]);
  return settings;
}
