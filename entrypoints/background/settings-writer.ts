/**
 * The background's one writer of `storage.sync` (settings/sync-writer.ts), made on first
 * use (WXT imports this module in Node at build time, where there is no storage), and a
 * settings store that hands it changes directly, for the background's own writers: the
 * keyboard commands and the repair. Every other context reaches the same writer by
 * message, so one write budget covers the whole extension.
 */
import { SettingsStore } from '@/settings/settings-store';
import { SyncWriter } from '@/settings/sync-writer';

let writer: SyncWriter | null = null;

export function backgroundWriter(): SyncWriter {
  writer ??= new SyncWriter();
  return writer;
}

export function backgroundStore(): SettingsStore {
  const own = backgroundWriter();
  return new SettingsStore({ send: (change) => own.apply(change), flush: () => own.flush() });
}
