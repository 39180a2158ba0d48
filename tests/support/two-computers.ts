/**
 * Two computers for unit tests: each with its own `storage.sync` and `storage.local`
 * (in memory, with Chrome's limits: 8,192 bytes an item counted as key + JSON, 102,400
 * in all, 512 items, 120 writes a minute and 1,800 an hour) and its own SyncWriter, and
 * a relay between their sync areas that does what the sync server does: each key
 * delivered whole, the last to arrive winning, after a delay of its own (so keys
 * arrive out of order). Driven by Vitest's fake timers.
 */
import { SyncWriter } from '@/settings/sync-writer';
import type { StorageArea } from '@/settings/storage-areas';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface Limits {
  readonly itemBytes: number;
  readonly totalBytes: number;
  readonly items: number;
  readonly perMinute: number;
  readonly perHour: number;
}

export const CHROME_SYNC: Limits = {
  itemBytes: 8_192,
  totalBytes: 102_400,
  items: 512,
  perMinute: 120,
  perHour: 1_800,
};

const bytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;

export class MemoryArea implements StorageArea {
  readonly data = new Map<string, string>();
  /** The times of every write operation sync accepted. */
  readonly writes: number[] = [];
  readonly sets: Record<string, unknown>[] = [];
  readonly listeners: ((changes: Changes) => void)[] = [];
  /** Set to make reads fail, as an unreachable sync does. */
  failReads: Error | null = null;
  failWrites: Error | null = null;

  constructor(private readonly limits: Limits | null = null) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failReads) throw this.failReads;
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const found: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      if (value !== undefined) found[key] = JSON.parse(value);
    }
    return found;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.check(items);
    this.sets.push(items);
    this.apply(Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)]));
  }

  async remove(keys: string | string[]): Promise<void> {
    this.check({});
    this.apply((Array.isArray(keys) ? keys : [keys]).map((key) => [key, undefined]));
  }

  /** Stores what sync delivers from elsewhere: no quota, the listeners told. */
  deliver(key: string, value: string | undefined): void {
    this.apply([[key, value]]);
  }

  private check(items: Record<string, unknown>): void {
    if (this.failWrites) throw this.failWrites;
    const limits = this.limits;
    if (!limits) return;
    const now = Date.now();
    if (this.writes.filter((t) => t > now - 60_000).length >= limits.perMinute)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writes.filter((t) => t > now - 3_600_000).length >= limits.perHour)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    for (const [key, value] of Object.entries(items))
      if (bytes(key, value) > limits.itemBytes)
        throw new Error('This request exceeds the QUOTA_BYTES_PER_ITEM quota.');
    const after = new Map(this.data);
    for (const [key, value] of Object.entries(items)) after.set(key, JSON.stringify(value));
    if (after.size > limits.items) throw new Error('This request exceeds the MAX_ITEMS quota.');
    if (this.bytesOf(after) > limits.totalBytes)
      throw new Error('This request exceeds the QUOTA_BYTES quota.');
    this.writes.push(now);
  }

  bytesOf(data: ReadonlyMap<string, string> = this.data): number {
    let total = 0;
    for (const [key, value] of data) total += new TextEncoder().encode(key + value).length;
    return total;
  }

  private apply(entries: [string, string | undefined][]): void {
    const changes: Changes = {};
    for (const [key, value] of entries) {
      const old = this.data.get(key);
      if (old === value) continue;
      if (value === undefined) this.data.delete(key);
      else this.data.set(key, value);
      changes[key] = {
        ...(old !== undefined && { oldValue: JSON.parse(old) as unknown }),
        ...(value !== undefined && { newValue: JSON.parse(value) as unknown }),
      };
    }
    if (Object.keys(changes).length > 0) for (const listener of this.listeners) listener(changes);
  }
}

export interface Computer {
  readonly sync: MemoryArea;
  readonly local: MemoryArea;
  readonly writer: SyncWriter;
}

export function computer(limits: Limits | null = CHROME_SYNC): Computer {
  const sync = new MemoryArea(limits);
  const local = new MemoryArea();
  const writer = new SyncWriter({ areas: { sync, local } });
  sync.listeners.push((changes) => writer.noticeChange(changes, 'sync'));
  return { sync, local, writer };
}

/**
 * Connects computers through a sync server: every key a computer writes reaches the
 * server after `delay()` ms, the last arrival winning, and the server's value reaches
 * every other computer after `delay()` ms more.
 */
export function relay(computers: readonly Computer[], delay: () => number): void {
  const server = new Map<string, string | undefined>();
  for (const from of computers) {
    let delivering = false;
    from.sync.listeners.push((changes) => {
      if (delivering) return;
      for (const [key, { newValue }] of Object.entries(changes)) {
        const value = newValue === undefined ? undefined : JSON.stringify(newValue);
        setTimeout(() => {
          server.set(key, value);
          for (const to of computers) {
            if (to === from) continue;
            setTimeout(() => {
              const latest = server.get(key);
              if (to.sync.data.get(key) !== latest) deliverTo(to, key, latest);
            }, delay());
          }
        }, delay());
      }
    });
    deliverers.set(from, (key, value) => {
      delivering = true;
      try {
        from.sync.deliver(key, value);
      } finally {
        delivering = false;
      }
    });
  }
}

const deliverers = new WeakMap<Computer, (key: string, value: string | undefined) => void>();

function deliverTo(to: Computer, key: string, value: string | undefined): void {
  deliverers.get(to)?.(key, value);
}

/** A delay in ms from a seeded sequence, so that a failing order can be replayed. */
export function delays(seed: number, min = 20, max = 400): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return min + (state % (max - min));
  };
}
