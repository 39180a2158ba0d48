/**
 * The way a change reaches the one writer: every context but the background sends it
 * as a runtime message (`SettingsChangeMessage`, utils/protocol.ts) and the background
 * hands it to its SyncWriter (settings/sync-writer.ts). Only Legible's own contexts can
 * send it: a web page's scripts cannot reach `runtime.onMessage` (the manifest has no
 * `externally_connectable`). Legible's own pages (popup, options) may send any change;
 * a content script, which runs in an untrusted page, only the fields for its own site
 * (settings/page-changes.ts). A field this version knows is written only with a valid
 * value: a stamped value is never repaired later, so it must be sound when stamped.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import type { PageChangeWriter } from '@/settings/page-changes';
import { FIELD_SCHEMAS, type KnownSettings, type SettingsField } from '@/settings/schema';
import type { SiteEntry } from '@/settings/site-choices';
import { siteKey } from '@/settings/site-key';
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
  return Object.hasOwn(FIELD_SCHEMAS, field);
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

/**
 * `fields` as a patch from a page, if every field is one this version knows, with a
 * valid value: the page is untrusted, and one field that is not refuses them all.
 */
export function pagePatch(fields: unknown): Partial<KnownSettings> | null {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
  const entries = Object.entries(fields);
  const sound = entries.every(
    ([field, value]) => field !== 'version' && isKnown(field) && v.is(FIELD_SCHEMAS[field], value),
  );
  return sound && entries.length > 0
    ? (Object.fromEntries(entries) as Partial<KnownSettings>)
    : null;
}

/** A change from one of Legible's own pages: written as it is, but for unsound fields. */
function ownPageChange(writer: SyncWriter, message: SettingsChangeMessage): Promise<void> {
  const change: SettingsChange = {
    ...(message.settings && { settings: soundPatch(message.settings) }),
    ...(message.sites && { sites: message.sites as Record<string, SiteEntry | null> }),
  };
  const applied = change.settings || change.sites ? writer.apply(change) : Promise.resolve();
  if (!message.flush) return applied;
  return Promise.all([applied, writer.flush()]).then(() => undefined);
}

/**
 * The background's `runtime.onMessage` listener for changes: from Legible's own pages,
 * written through `writer`; from the top frame of a tab (the panel), only its fields,
 * through `writePage` for the sender's site. Gives nothing to other messages and other
 * senders (a subframe: the panel never runs there).
 */
export function changeListener(
  writer: SyncWriter,
  writePage: PageChangeWriter,
): (message: unknown, sender: Browser.runtime.MessageSender) => Promise<void> | undefined {
  return (message, sender) => {
    if (!isSettingsChangeMessage(message) || sender.id !== browser.runtime.id) return undefined;
    if (sender.url?.startsWith(browser.runtime.getURL('/'))) return ownPageChange(writer, message);
    if (sender.tab === undefined || sender.frameId !== 0 || sender.url === undefined) {
      return undefined;
    }
    const patch = message.sites || message.flush ? null : pagePatch(message.settings);
    // Answered all the same: the panel then reads the copy, which never had the change.
    return patch ? writePage(siteKey(sender.url), patch) : Promise.resolve();
  };
}
