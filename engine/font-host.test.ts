import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FONT_WAIT_MS, FontHost } from '@/engine/font-host';
import type { FontFaceFile } from '@/features/feature';

/** Stands in for the browser's FontFace: remembers what it was made from. */
class FakeFontFace {
  status = 'unloaded';
  constructor(
    readonly family: string,
    readonly source: string | BufferSource,
    readonly descriptors: FontFaceDescriptors,
  ) {}
  load(): Promise<this> {
    this.status = 'loaded';
    return Promise.resolve(this);
  }
}

const file = (family: string, name: string, weight = '400'): FontFaceFile => ({
  family,
  path: `/fonts/${name}.woff2`,
  descriptors: { weight, style: 'normal', unicodeRange: 'U+0000-00FF' },
});
const A = [file('Font A', 'a-400'), file('Font A', 'a-700', '700')];
const B = [file('Font B', 'b-400')];

let fonts: Set<FakeFontFace>;
let host: FontHost;
let fetched: string[];
let fetchAsset: (path: string) => Promise<ArrayBuffer>;

beforeEach(() => {
  vi.stubGlobal('FontFace', FakeFontFace);
  fonts = new Set();
  fetched = [];
  fetchAsset = (path) => {
    fetched.push(path);
    return Promise.resolve(new TextEncoder().encode(path).buffer);
  };
  host = new FontHost({ fonts } as unknown as Document, (path) => fetchAsset(path));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const families = () => [...fonts].map((face) => `${face.family} ${face.descriptors.weight}`);

describe('FontHost', () => {
  it("adds a face per file, made from the file's bytes (no address), once all are read", async () => {
    const adding = host.use(A);
    expect(fonts.size).toBe(0);
    await adding;
    expect(families()).toEqual(['Font A 400', 'Font A 700']);
    expect(fetched).toEqual(['/fonts/a-400.woff2', '/fonts/a-700.woff2']);
    for (const face of fonts) {
      expect(face.source).toBeInstanceOf(ArrayBuffer);
      expect(face.status).toBe('loaded');
      expect(face.descriptors).toEqual(expect.objectContaining({ unicodeRange: 'U+0000-00FF' }));
    }
  });

  it('has nothing to wait for when the same faces are asked for again, or none', async () => {
    await host.use(A);
    expect(host.use(A)).toBeNull();
    expect(fetched).toHaveLength(2);
    expect(host.use([])).toBeNull();
    expect(fonts.size).toBe(0);
  });

  it('takes the faces of a font out when another is chosen, and all of them when cleared', async () => {
    await host.use(A);
    await host.use(B);
    expect(families()).toEqual(['Font B 400']);
    host.clear();
    expect(fonts.size).toBe(0);
  });

  it('keeps the faces of the font in use until those of the next are in', async () => {
    await host.use(A);
    const next = host.use(B);
    expect(families()).toEqual(['Font A 400', 'Font A 700']);
    await next;
    expect(families()).toEqual(['Font B 400']);
  });

  it('has nothing to wait for when the font in use is chosen again while another loads', async () => {
    await host.use(A);
    const next = host.use(B);
    expect(host.use(A)).toBeNull();
    await next;
    expect(families()).toEqual(['Font A 400', 'Font A 700']);
  });

  it('never adds the faces of a font chosen and left again while its files were read', async () => {
    const first = host.use(A);
    await host.use(B);
    await first;
    expect(families()).toEqual(['Font B 400']);
  });

  it('adds the faces it could read, without the one whose file it could not', async () => {
    const read = fetchAsset;
    fetchAsset = (path) => (path.includes('700') ? Promise.reject(new Error('gone')) : read(path));
    await host.use(A);
    expect(families()).toEqual(['Font A 400']);
  });

  it('stops waiting after FONT_WAIT_MS, and adds the faces when they come', async () => {
    vi.useFakeTimers();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const read = fetchAsset;
    fetchAsset = async (path) => {
      await held;
      return read(path);
    };
    const waiting = host.use(B)!;
    let settled = false;
    void waiting.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FONT_WAIT_MS);
    expect(settled).toBe(true);
    expect(fonts.size).toBe(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(families()).toEqual(['Font B 400']);
  });
});
