/**
 * The settings as the on-page panel shows and changes them, without the settings
 * store's schema, repair, policy and site-shard code (issue 15: the panel's first
 * paint). It shows the page copy (settings/page-copy-reader.ts) and sends each change
 * to the background as the fields alone (settings/change-messages.ts), which writes them
 * into what applies on the sender's own site. Until the background answers, a change is
 * laid over the copy, so the controls answer at once; the background answers once it has
 * published the copy with the change in it, and then the copy is read again and the
 * change taken off: what is shown is what is stored, a refused change included.
 */
import { browser } from 'wxt/browser';
import { watchPageSettings } from '@/settings/page-copy-reader';
import type { KnownSettings, Settings } from '@/settings/schema';
import { SETTINGS_CHANGE_MESSAGE, type SettingsChangeMessage } from '@/utils/protocol';

export type PageSettingsListener = (settings: Settings) => void;

interface Watcher {
  readonly site: string | null;
  readonly listener: PageSettingsListener;
  /** The copy as last read for the watcher's site; null until there is one. */
  copy: Settings | null;
  /** What the listener was last given, as JSON: the same again is no news. */
  shown: string;
  readCopy: () => Promise<void>;
}

export class PageSettingsStore {
  /** Each field changed here and not yet answered: its value and the change that set it. */
  private readonly pending = new Map<string, { value: unknown; change: number }>();
  private readonly watchers = new Set<Watcher>();
  private changes = 0;

  /** `version`: this Legible's manifest version (the copy's `by`). */
  constructor(private readonly version: string) {}

  /**
   * Calls `listener` with the settings that apply on `site` once they are known, and
   * again on every change (this context's at once), until `signal` aborts.
   */
  watch(site: string | null, listener: PageSettingsListener, { signal }: { signal: AbortSignal }) {
    if (signal.aborted) return;
    // What another watcher of the site read already: shown now, not after a read.
    const known = [...this.watchers].find((other) => other.site === site && other.copy);
    const copy = known?.copy ?? null;
    const watcher: Watcher = { site, listener, copy, shown: '', readCopy: async () => undefined };
    this.watchers.add(watcher);
    signal.addEventListener('abort', () => this.watchers.delete(watcher), { once: true });
    const follow = (copy: Settings) => {
      watcher.copy = copy;
      this.show(watcher);
    };
    watcher.readCopy = watchPageSettings(site, this.version, follow, signal);
    this.show(watcher);
  }

  /** Sends `patch` to the background; shown here at once, and until the background answered. */
  async update(patch: Partial<KnownSettings>): Promise<void> {
    const change = ++this.changes;
    for (const [field, value] of Object.entries(patch)) this.pending.set(field, { value, change });
    this.showAll();
    const message: SettingsChangeMessage = { type: SETTINGS_CHANGE_MESSAGE, settings: patch };
    // A background being reloaded with the extension answers nothing: the copy tells.
    await browser.runtime.sendMessage(message).catch(() => undefined);
    await Promise.all([...this.watchers].map((watcher) => watcher.readCopy()));
    // A field changed again since stays until its own change is answered.
    for (const [field, { change: by }] of this.pending) {
      if (by === change) this.pending.delete(field);
    }
    this.showAll();
  }

  private showAll(): void {
    for (const watcher of this.watchers) this.show(watcher);
  }

  private show(watcher: Watcher): void {
    if (watcher.copy === null) return;
    const over = Object.fromEntries([...this.pending].map(([field, { value }]) => [field, value]));
    const settings: Settings = { ...watcher.copy, ...over };
    const json = JSON.stringify(settings);
    if (json === watcher.shown) return;
    watcher.shown = json;
    watcher.listener(settings);
  }
}
