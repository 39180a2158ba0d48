/**
 * Reads and writes the extension's real storage from one of its own pages, as another
 * context or another device (through browser sync) would.
 */
import type { Page } from 'puppeteer-core';

type Area = 'sync' | 'local';

interface StorageArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

declare const chrome: { storage: Record<Area, StorageArea> };
declare const browser: typeof chrome | undefined;

export class ExtensionStorage {
  constructor(private readonly page: Page) {}

  get(area: Area, key: string): Promise<unknown> {
    return this.page.evaluate(
      async (area, key) => {
        const api = typeof browser === 'undefined' ? chrome : browser;
        return (await api.storage[area].get(key))[key];
      },
      area,
      key,
    );
  }

  set(area: Area, items: Record<string, unknown>): Promise<void> {
    return this.page.evaluate(
      async (area, items) => {
        const api = typeof browser === 'undefined' ? chrome : browser;
        await api.storage[area].set(items);
      },
      area,
      items,
    );
  }

  /** Everything both areas hold, as JSON: to show that nothing at all was written. */
  snapshot(): Promise<{ sync: string; local: string }> {
    return this.page.evaluate(async () => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      return {
        sync: JSON.stringify(await api.storage.sync.get(null)),
        local: JSON.stringify(await api.storage.local.get(null)),
      };
    });
  }

  clear(): Promise<void> {
    return this.page.evaluate(async () => {
      const api = typeof browser === 'undefined' ? chrome : browser;
      await api.storage.sync.clear();
      await api.storage.local.clear();
    });
  }

  /** Waits until `area` holds `expected` (deep equality) under `key`. */
  waitFor(area: Area, key: string, expected: unknown, timeoutMs = 5000): Promise<void> {
    const same = (value: unknown) =>
      JSON.stringify(sortKeys(value)) === JSON.stringify(sortKeys(expected));
    return this.waitUntil(area, key, same, JSON.stringify(expected), timeoutMs);
  }

  /**
   * Waits until the object under `key` has each of `fields` (deep equality), whatever
   * else it holds: a setting written through the store's write scheduler, which may
   * take up to 600 ms.
   */
  waitForFields(
    area: Area,
    key: string,
    fields: Record<string, unknown>,
    timeoutMs = 5000,
  ): Promise<void> {
    const has = (value: unknown) =>
      Object.entries(fields).every(
        ([field, expected]) =>
          JSON.stringify(sortKeys((value as Record<string, unknown> | undefined)?.[field])) ===
          JSON.stringify(sortKeys(expected)),
      );
    return this.waitUntil(area, key, has, `fields ${JSON.stringify(fields)}`, timeoutMs);
  }

  private async waitUntil(
    area: Area,
    key: string,
    check: (value: unknown) => boolean,
    wanted: string,
    timeoutMs: number,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      last = await this.get(area, key);
      if (check(last)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`storage.${area}.${key} is ${JSON.stringify(last)}, expected ${wanted}`);
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
