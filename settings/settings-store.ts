/**
 * The one way in and out of the settings for every context (content script, popup,
 * options, background): load, watch, update. Storage is the single source of truth;
 * an update is shown to this context's watchers at once and written to storage through
 * the write scheduler, and every other context follows through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { repairSettings, type RepairResult } from '@/settings/repair';
import { SETTINGS_KEY, type KnownSettings, type Settings } from '@/settings/schema';
import {
  NOT_SYNCED_KEY,
  readRawSettings,
  writeRawSettings,
  type SettingsSource,
} from '@/settings/settings-storage';
import { WriteScheduler } from '@/settings/write-scheduler';

export interface LoadedSettings extends RepairResult {
  readonly source: SettingsSource;
}

export type SettingsListener = (loaded: LoadedSettings) => void;

export async function loadSettings(): Promise<LoadedSettings> {
  const { raw, source } = await readRawSettings();
  return { ...repairSettings(raw), source };
}

/** True for the storage changes that can change the effective settings. */
export function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  return (
    (area === 'sync' && SETTINGS_KEY in changes) || (area === 'local' && NOT_SYNCED_KEY in changes)
  );
}

export class SettingsStore {
  private latest: LoadedSettings | null = null;
  private readonly listeners = new Set<SettingsListener>();
  private readonly writes = new WriteScheduler<Settings>({
    write: async (settings) => {
      await writeRawSettings(settings);
    },
  });

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
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener(
      'abort',
      () => {
        this.listeners.delete(listener);
        browser.storage.onChanged.removeListener(onChanged);
      },
      { once: true },
    );
    void (this.latest ? Promise.resolve(this.latest) : this.load()).then((loaded) => {
      if (!signal.aborted) listener(loaded);
    });
  }

  /** Merges `patch` into the settings; this context sees it at once, storage soon after. */
  async update(patch: Partial<KnownSettings>): Promise<void> {
    const base = this.latest ?? (await this.load());
    const settings: Settings = { ...base.settings, ...patch };
    this.latest = { ...base, settings, problems: [] };
    this.writes.schedule(settings);
    this.notify(this.latest);
  }

  /** Writes anything still queued now: call it when a popup or page is going away. */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** Resolves once every queued write has reached storage. */
  idle(): Promise<void> {
    return this.writes.idle();
  }

  private async reloadAfterWrites(): Promise<void> {
    // While this context still has writes queued, storage holds an older value than the
    // one its watchers already show; reading it now would make a dragged control jump back.
    await this.writes.idle();
    const previous = JSON.stringify(this.latest);
    const loaded = await this.load();
    if (JSON.stringify(loaded) !== previous) this.notify(loaded);
  }

  private notify(loaded: LoadedSettings): void {
    for (const listener of this.listeners) listener(loaded);
  }
}
