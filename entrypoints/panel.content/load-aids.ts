/**
 * Brings the reading aids' row into the panel's world when it is first wanted: the
 * background injects its script into this tab's top frame (entrypoints/background/
 * reading-aids-loader.ts), and the script offers the row there (components/
 * reading-aids/shared-world.ts). One request at a time; a failed one is tried again the
 * next time the row is opened.
 */
import { browser } from 'wxt/browser';
import { offeredAidsRow, type AidsRow } from '@/components/reading-aids/shared-world';
import { LOAD_READING_AIDS } from '@/utils/protocol';

export type LoadAidsRow = () => Promise<AidsRow>;

let loading: Promise<AidsRow> | null = null;

export const loadAidsRow: LoadAidsRow = () => {
  const offered = offeredAidsRow();
  if (offered) return Promise.resolve(offered);
  loading ??= browser.runtime
    .sendMessage({ type: LOAD_READING_AIDS })
    .then(() => {
      // The background answers once the script has run: its offer is there, or it failed.
      const row = offeredAidsRow();
      if (!row) throw new Error('the reading aids did not load');
      return row;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
};
