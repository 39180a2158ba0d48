/**
 * The background's one writer of `storage.sync` (settings/sync-writer.ts), made on first
 * use (WXT imports this module in Node at build time, where there is no storage), and a
 * settings store that hands it changes directly, for the background's own writers: the
 * keyboard commands and the repair. Every other context reaches the same writer by
 * message, so one write budget covers the whole extension; the on-page panels' changes
 * go through one writer of page changes over it (settings/page-changes.ts).
 */
import { pageChangeWriter, type PageChangeWriter } from '@/settings/page-changes';
import { SettingsStore } from '@/settings/settings-store';
import { SyncWriter } from '@/settings/sync-writer';

let writer: SyncWriter | null = null;
let pageWriter: PageChangeWriter | null = null;

export function backgroundWriter(): SyncWriter {
  writer ??= new SyncWriter();
  return writer;
}

export function backgroundStore(): SettingsStore {
  const own = backgroundWriter();
  return new SettingsStore({ send: (change) => own.apply(change), flush: () => own.flush() });
}

/** The writer of the panels' changes, for as long as the background runs. */
export function backgroundPageWriter(): PageChangeWriter {
  pageWriter ??= pageChangeWriter(backgroundWriter(), new AbortController().signal);
  return pageWriter;
}
