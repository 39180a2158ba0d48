// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadableEngine } from '@/engine/readable-engine';
import { FEATURES } from '@/features/index';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

class FakeFontFace {
  constructor(readonly family: string) {}
  load(): Promise<this> {
    return Promise.resolve(this);
  }
}

const ON = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' as const };
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sheets = () => document.documentElement.querySelectorAll(':scope > style').length;

let fonts: Set<FakeFontFace>;

beforeEach(() => {
  vi.stubGlobal('FontFace', FakeFontFace);
  fonts = new Set();
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  document.body.innerHTML = '<p>Some text</p>';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('ReadableEngine', () => {
  it("puts its sheets in only once the chosen bundled font's faces are in, and takes both out", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine = new ReadableEngine(
      document,
      async () => {
        await held;
        return new ArrayBuffer(8);
      },
      FEATURES,
    );
    const applied = engine.apply({ ...ON, fontFamily: 'opendyslexic' });
    await frame();
    await frame();
    expect(sheets()).toBe(0);

    release();
    await applied;
    expect([...fonts].map((face) => face.family)).toContain('Legible OpenDyslexic');
    await frame();
    expect(sheets()).toBe(2);

    engine.stop();
    expect(sheets()).toBe(0);
    expect(fonts.size).toBe(0);
  });

  it('applies at once when no bundled font is chosen', async () => {
    const fetchAsset = vi.fn(() => Promise.resolve(new ArrayBuffer(8)));
    const engine = new ReadableEngine(document, fetchAsset, FEATURES);
    await engine.apply({ ...ON, fontFamily: 'arial' });
    await frame();
    expect(sheets()).toBe(2);
    expect(fetchAsset).not.toHaveBeenCalled();
    engine.stop();
  });
});
