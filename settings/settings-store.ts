/**
 * The one way in and out of the settings for every context (content script, popup,
 * options, panel, background): load, watch, update. Storage is the single source of
 * truth. An update is shown to this context's watchers at once and sent, as the fields
 * (or site choices) the user changed and never as a snapshot, to the one writer: the
 * background's SyncWriter (settings/sync-writer.ts), by message from every other
 * context. Every context follows storage through `storage.onChanged`.
 * The per-site choices travel with the settings: `forSite` gives what applies on a
 * page, and `updateFor` writes to the site's own settings where it has them.
 * Longer than 150 lines: loading, watching and every kind of change share one state.
 */
import { browser } from 'wxt/browser';
import { sendChange } from '@/settings/change-messages';
import { readManagedPolicy, sitesWithPolicy, withPolicy } from '@/settings/managed-policy';
import { repairSettings, type RepairResult } from '@/settings/repair';
import { SETTINGS_KEY, type KnownSettings, type Settings } from '@/settings/schema';
import {
  settingsForSite,
  siteMode,
  withSiteMode,
  withSiteSettings,
  type SiteEntry,
  type SiteMode,
  type SiteTable,
} from '@/settings/site-choices';
import { isSiteKey, sitesIn, SITES_NOT_SYNCED_KEY } from '@/settings/site-shards';
import { SETTINGS_STAMPS_KEY } from '@/settings/stamps';
import {
  NOT_SYNCED_KEY,
  rawSettingsIn,
  readStoredAreas,
  type SettingsSource,
} from '@/settings/storage-areas';
import type { SettingsChange } from '@/settings/sync-journal';
import { listen } from '@/utils/listen';

export interface LoadedSettings extends RepairResult {
  readonly source: SettingsSource;
  /** The per-site choices in effect (the user's over an administrator's), and how many of them sync could not take. */
  readonly sites: SiteTable;
  /** The user's own per-site choices, as stored: what a change writes back. */
  readonly ownSites: SiteTable;
  readonly sitesNotSynced: number;
  /** Sync could not be read: what is shown stands in for it, and no change may be worked out from it. */
  readonly syncUnread: boolean;
}

export type SettingsListener = (loaded: LoadedSettings) => void;

export async function loadSettings(): Promise<LoadedSettings> {
  // Sync is read whole, as the site choices' shards have no fixed keys: the settings
  // come with them, one call to each area instead of two.
  const [areas, policy] = await Promise.all([
    readStoredAreas(null, [NOT_SYNCED_KEY, SITES_NOT_SYNCED_KEY]),
    readManagedPolicy(),
  ]);
  const { raw, source } = rawSettingsIn(areas);
  const { table, overflow } = sitesIn(areas);
  return {
    // An administrator's presets (managed storage) under the user's choices, at read
    // time only: what is stored is the user's own.
    ...repairSettings(withPolicy(raw, policy)),
    source,
    sites: sitesWithPolicy(table, policy),
    ownSites: table,
    sitesNotSynced: overflow,
    syncUnread: areas.unread === true,
  };
}

/** What applies on `site` (null: a page that is not a web site). */
export function forSite(loaded: LoadedSettings, site: string | null): Settings {
  return settingsForSite(loaded.settings, loaded.sites, site);
}

/** True for the storage changes that can change the effective settings. */
export function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  const keys = Object.keys(changes);
  return (
    (area === 'sync' && (SETTINGS_KEY in changes || SETTINGS_STAMPS_KEY in changes)) ||
    (area === 'local' && NOT_SYNCED_KEY in changes) ||
    ((area === 'sync' || area === 'local') && keys.some(isSiteKey)) ||
    area === 'managed'
  );
}

export interface SettingsStoreOptions {
  /** Where a change goes: by default a message to the background, which writes it. */
  readonly send?: (change: SettingsChange) => Promise<void>;
  /** Asks the writer to write what is queued now. */
  readonly flush?: () => Promise<void>;
}

/** The entries of `next` that differ from `previous`, and `null` for those it dropped. */
function siteChanges(previous: SiteTable, next: SiteTable): Record<string, SiteEntry | null> {
  const changes: Record<string, SiteEntry | null> = {};
  for (const site of Object.keys(previous)) if (!(site in next)) changes[site] = null;
  for (const [site, entry] of Object.entries(next))
    if (JSON.stringify(previous[site]) !== JSON.stringify(entry)) changes[site] = entry;
  return changes;
}

export class SettingsStore {
  private latest: LoadedSettings | null = null;
  private readonly listeners = new Set<SettingsListener>();
  private readonly sending = new Set<Promise<void>>();
  private readonly sendChange: (change: SettingsChange) => Promise<void>;
  private readonly flushWriter: () => Promise<void>;

  constructor(options: SettingsStoreOptions = {}) {
    this.sendChange = options.send ?? ((change) => sendChange(change));
    this.flushWriter = options.flush ?? (() => sendChange({}, true));
  }

  async load(): Promise<LoadedSettings> {
    this.latest = await loadSettings();
    return this.latest;
  }

  /**
   * Calls `listener` with the current settings and again on every change, from this
   * context or any other, until `signal` aborts.
   */
  watch(listener: SettingsListener, { signal }: { signal: AbortSignal }): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (touchesSettings(changes, area)) void this.reloadAfterWrites();
    };
    listen(browser.storage.onChanged, onChanged, signal);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
    void (this.latest ? Promise.resolve(this.latest) : this.load()).then((loaded) => {
      if (!signal.aborted) listener(loaded);
    });
  }

  /** Merges `patch` into the settings; this context sees it at once, storage soon after. */
  async update(patch: Partial<KnownSettings>): Promise<void> {
    const base = this.latest ?? (await this.load());
    this.latest = { ...base, settings: { ...base.settings, ...patch }, problems: [] };
    this.send({ settings: patch });
    this.notify(this.latest);
  }

  /** Like `update`, but into the site's own settings when `site` has them. */
  async updateFor(site: string | null, patch: Partial<KnownSettings>): Promise<void> {
    const base = this.latest ?? (await this.load());
    const { enabled, ...rest } = patch;
    if (site === null || siteMode(base.sites, site) !== 'own') return this.update(patch);
    if (enabled !== undefined) await this.update({ enabled });
    // Starting from the site's own entry in effect (it may be an administrator's preset).
    const own = { ...(this.latest ?? base).ownSites, [site]: base.sites[site] ?? {} };
    this.setSites(withSiteSettings(own, site, rest));
  }

  /** Replaces the settings and the site choices whole (import, reset), and writes them now. */
  async replace(settings: Settings, sites: SiteTable): Promise<void> {
    const base = this.latest ?? (await this.load());
    this.latest = { ...base, settings, sites, ownSites: sites, problems: [] };
    // Every field, as a reset or an import means them all; the sites that changed.
    this.send({ settings: { ...settings }, sites: siteChanges(base.ownSites, sites) });
    this.notify(this.latest);
    await this.flush();
  }

  /** The background's repair of what is stored: written now, never over a stamped field. */
  async rewrite(settings: Settings): Promise<void> {
    const base = this.latest ?? (await this.load());
    this.latest = { ...base, settings, problems: [] };
    this.send({ rewrite: { ...settings } });
    this.notify(this.latest);
    await this.flush();
  }

  /** Sets how `site` is treated: with my settings, off, or with its own. */
  async setSiteMode(site: string, mode: SiteMode): Promise<void> {
    const base = this.latest ?? (await this.load());
    this.setSites(withSiteMode(base.ownSites, site, mode));
  }

  /**
   * Writes the user's own site choices. An administrator's presets stay out of storage,
   * so that changes to the policy keep reaching this user.
   */
  private setSites(ownSites: SiteTable): void {
    if (!this.latest) return;
    // In effect until the write comes back: the policy's sites (those not the user's
    // before) under the user's; the reload after the write recomputes it exactly.
    const previous = this.latest.ownSites;
    const preset = Object.entries(this.latest.sites).filter(([site]) => !(site in previous));
    const sites = { ...Object.fromEntries(preset), ...ownSites };
    this.latest = { ...this.latest, sites, ownSites };
    this.send({ sites: siteChanges(previous, ownSites) });
    this.notify(this.latest);
  }

  private send(change: SettingsChange): void {
    const sent = this.sendChange(change).catch(() => {
      // The background is being reloaded with the extension: nothing can be written now.
    });
    this.sending.add(sent);
    void sent.finally(() => this.sending.delete(sent));
  }

  /** Writes anything still queued now: call it when a popup or page is going away. */
  async flush(): Promise<void> {
    await Promise.all([...this.sending, this.flushWriter().catch(() => undefined)]);
  }

  /** Resolves once every change sent has been written (or kept, where sync refused it). */
  async idle(): Promise<void> {
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  private async reloadAfterWrites(): Promise<void> {
    // While this context still has writes queued, storage holds an older value than the
    // one its watchers already show; reading it now would make a dragged control jump back.
    await this.idle();
    const previous = JSON.stringify(this.latest);
    const loaded = await this.load();
    if (JSON.stringify(loaded) !== previous) this.notify(loaded);
  }

  private notify(loaded: LoadedSettings): void {
    for (const listener of this.listeners) listener(loaded);
  }
}
