/**
 * The way a change reaches the one writer: every context but the background sends it
 * as a runtime message (`SettingsChangeMessage`, utils/protocol.ts) and the background
 * hands it to its SyncWriter (settings/sync-writer.ts). Only Legible's own contexts can
 * send it: a web page's scripts cannot reach `runtime.onMessage` (the manifest has no
 * `externally_connectable`). A field this version knows is written only with a valid
 * value: a stamped value is never repaired later, so it must be sound when stamped.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { FIELD_SCHEMAS, type SettingsField } from '@/settings/schema';
import type { SiteEntry } from '@/settings/site-choices';
import type { SettingsChange } from '@/settings/sync-journal';
import type { SyncWriter } from '@/settings/sync-writer';
import {
  isSettingsChangeMessage,
  SETTINGS_CHANGE_MESSAGE,
  type SettingsChangeMessage,
} from '@/utils/protocol';

/** Sends `change` to the background; resolves once a write carrying it was tried. */
export async function sendChange(change: SettingsChange, flush = false): Promise<void> {
  const message: SettingsChangeMessage = {
    type: SETTINGS_CHANGE_MESSAGE,
    ...(change.settings && { settings: change.settings }),
    ...(change.sites && { sites: change.sites }),
    ...(flush && { flush }),
  };
  await browser.runtime.sendMessage(message);
}

function isKnown(field: string): field is SettingsField {
  return field in FIELD_SCHEMAS;
}

/** The patch without known fields whose value this version would not write. */
export function soundPatch(patch: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch).filter(
      ([field, value]) =>
        field !== 'version' && (!isKnown(field) || v.is(FIELD_SCHEMAS[field], value)),
    ),
  );
}

/** The background's `runtime.onMessage` listener for changes, writing through `writer`. */
export function changeListener(
  writer: SyncWriter,
): (message: unknown) => Promise<void> | undefined {
  return (message) => {
    if (!isSettingsChangeMessage(message)) return undefined;
    const change: SettingsChange = {
      ...(message.settings && { settings: soundPatch(message.settings) }),
      ...(message.sites && { sites: message.sites as Record<string, SiteEntry | null> }),
    };
    const applied = change.settings || change.sites ? writer.apply(change) : Promise.resolve();
    if (!message.flush) return applied;
    return Promise.all([applied, writer.flush()]).then(() => undefined);
  };
}
