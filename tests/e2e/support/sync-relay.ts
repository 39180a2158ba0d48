/**
 * Browser sync between two real browsers, done by the test as the sync server does it:
 * every `storage.sync` change a browser makes (any context of the extension) reaches a
 * server after a delay of its own, key by key, the last to arrive winning, and the
 * server's value then reaches the other browser after another delay: each key whole,
 * keys out of order. Chromium's own local sync backend cannot stand in for this: two
 * running browsers never see each other's writes through it (BROWSER-TESTING.md).
 * The relay watches each browser from one of Legible's pages (`storage.onChanged`) and
 * writes there what the other sent; its own writes' echoes are recognised by value.
 */
import type { Page } from 'puppeteer-core';

interface Heard {
  readonly key: string;
  /** JSON of the new value; undefined when the key was removed. */
  readonly value: string | undefined;
}

interface Api {
  storage: {
    sync: {
      onChanged: {
        addListener(fn: (changes: Record<string, { newValue?: unknown }>) => void): void;
      };
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

declare const chrome: Api;
declare const browser: Api | undefined;

async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { heard?: Heard[] };
    if (store.heard) return;
    store.heard = [];
    const api = typeof browser === 'undefined' ? chrome : browser;
    api.storage.sync.onChanged.addListener((changes) => {
      for (const [key, { newValue }] of Object.entries(changes))
        store.heard!.push({
          key,
          value: newValue === undefined ? undefined : JSON.stringify(newValue),
        });
    });
  });
}

const take = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { heard: Heard[] }).heard.splice(0));

/** A delay in ms from a seeded sequence, so that an order that fails can be replayed. */
export function seededDelays(seed: number, min = 50, max = 500): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return min + (state % (max - min));
  };
}

export class SyncRelay {
  private readonly server = new Map<string, string | undefined>();
  /** Per browser: what the relay wrote there, by key, to know its echo. */
  private readonly echoes: Map<string, string | undefined>[];
  /** Per browser: the value each key holds there, as last heard or written. */
  private readonly known: Map<string, string | undefined>[];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private polling: ReturnType<typeof setInterval> | null = null;
  private busy = false;
  /** When something last moved: a change heard, an upload, a delivery. */
  private lastMoved = Date.now();
  /** Deliveries and uploads still on their way. */
  private inFlight = 0;
  delivered = 0;
  /** What arrived at the server, newest last: shown when sync never goes quiet. */
  readonly arrivals: string[] = [];

  private constructor(
    private readonly pages: readonly Page[],
    private readonly delay: () => number,
  ) {
    this.echoes = pages.map(() => new Map());
    this.known = pages.map(() => new Map());
  }

  static async start(pages: readonly Page[], delay: () => number): Promise<SyncRelay> {
    for (const page of pages) await listen(page);
    const relay = new SyncRelay(pages, delay);
    relay.polling = setInterval(() => void relay.poll(), 25);
    return relay;
  }

  private later(fn: () => Promise<void>): void {
    this.inFlight++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void fn().finally(() => {
        this.inFlight--;
        this.lastMoved = Date.now();
      });
    }, this.delay());
    this.timers.add(timer);
  }

  private async poll(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const [index, page] of this.pages.entries()) {
        for (const { key, value } of await take(page)) {
          this.lastMoved = Date.now();
          const echoes = this.echoes[index]!;
          this.known[index]!.set(key, value);
          if (echoes.has(key) && echoes.get(key) === value) {
            echoes.delete(key);
            continue;
          }
          this.later(async () => this.arrive(index, key, value));
        }
      }
    } catch {
      // A page closing at the end of a test: nothing more to relay.
    } finally {
      this.busy = false;
    }
  }

  /**
   * The upload reaches the server: it wins, and goes on to every browser whose copy
   * differs, the sender's too: a delivery of an older value may have overwritten the
   * sender's write after it was sent, and a server hands its winner to every client.
   */
  private async arrive(from: number, key: string, value: string | undefined): Promise<void> {
    this.server.set(key, value);
    this.arrivals.push(`${from}: ${key} = ${value?.slice(0, 300) ?? 'removed'}`);
    for (const [index, page] of this.pages.entries()) {
      this.later(async () => {
        const latest = this.server.get(key);
        const known = this.known[index]!;
        if (known.has(key) && known.get(key) === latest) return;
        known.set(key, latest);
        // Registered before the write, whose change may be heard at once; taken back
        // when the browser holds the value already (then it tells of no change).
        this.echoes[index]!.set(key, latest);
        const changed = await page.evaluate(
          async (key, latest) => {
            const api = typeof browser === 'undefined' ? chrome : browser;
            const current = (await api.storage.sync.get([key]))[key];
            if ((current === undefined ? undefined : JSON.stringify(current)) === latest)
              return false;
            if (latest === undefined) await api.storage.sync.remove([key]);
            else await api.storage.sync.set({ [key]: JSON.parse(latest) as unknown });
            return true;
          },
          key,
          latest,
        );
        if (!changed && this.echoes[index]!.get(key) === latest) this.echoes[index]!.delete(key);
        this.delivered++;
      });
    }
  }

  /** Resolves once nothing has moved for `quietMs`. */
  async quiet(quietMs = 1500, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight > 0 || Date.now() - this.lastMoved < quietMs) {
      if (Date.now() > deadline)
        throw new Error(`sync never went quiet; last: ${this.arrivals.slice(-8).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  stop(): void {
    if (this.polling) clearInterval(this.polling);
    for (const timer of this.timers) clearTimeout(timer);
  }
}
