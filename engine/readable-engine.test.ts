// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadableEngine } from '@/engine/readable-engine';
import { FEATURES } from '@/features/index';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { SIZE_ATTRIBUTE } from '@/utils/page-marks';

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
const engines: ReadableEngine[] = [];

/** An engine on the test's document, stopped after the test. */
function engine(fetchAsset: (path: string) => Promise<ArrayBuffer>): ReadableEngine {
  const started = new ReadableEngine(document, fetchAsset, FEATURES);
  engines.push(started);
  return started;
}

beforeEach(() => {
  vi.stubGlobal('FontFace', FakeFontFace);
  fonts = new Set();
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  document.body.innerHTML = '<p>Some text</p>';
});

afterEach(() => {
  for (const started of engines.splice(0)) started.stop();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('ReadableEngine', () => {
  it("puts its sheets in only once the chosen bundled font's faces are in, and takes both out", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const readable = engine(async () => {
      await held;
      return new ArrayBuffer(8);
    });
    const applied = readable.apply({ ...ON, fontFamily: 'opendyslexic' });
    await frame();
    await frame();
    expect(sheets()).toBe(0);

    release();
    await applied;
    expect([...fonts].map((face) => face.family)).toContain('Legible OpenDyslexic');
    await frame();
    expect(sheets()).toBe(2);

    readable.stop();
    expect(sheets()).toBe(0);
    expect(fonts.size).toBe(0);
  });

  it('rewrites the CSS for a newly chosen bundled font only once its faces are in', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const readable = engine(async () => {
      await held;
      return new ArrayBuffer(8);
    });
    const css = () => document.documentElement.querySelectorAll(':scope > style')[1]?.textContent;
    await readable.apply({ ...ON, fontFamily: 'arial' });
    await frame();
    expect(css()).toContain('font-family: Arial');

    const applied = readable.apply({ ...ON, fontFamily: 'opendyslexic' });
    // New content with a size not seen before rewrites the CSS meanwhile: still Arial.
    const big = document.createElement('h1');
    big.style.fontSize = '37px';
    big.textContent = 'New';
    document.body.append(big);
    await frame();
    await frame();
    expect(css()).toContain('font-family: Arial');
    expect(css()).not.toContain('OpenDyslexic');

    release();
    await applied;
    expect(css()).toContain('"Legible OpenDyslexic"');
    readable.stop();
  });

  it('applies at once when no bundled font is chosen', async () => {
    const fetchAsset = vi.fn(() => Promise.resolve(new ArrayBuffer(8)));
    const readable = engine(fetchAsset);
    await readable.apply({ ...ON, fontFamily: 'arial' });
    await frame();
    expect(sheets()).toBe(2);
    expect(fetchAsset).not.toHaveBeenCalled();
    readable.stop();
  });

  it('measures sizes only once a setting needs them, then the whole page at once', async () => {
    const readable = engine(() => Promise.resolve(new ArrayBuffer(8)));
    await readable.apply(ON);
    await frame();
    const paragraph = document.querySelector('p')!;
    // Colours need no measuring.
    expect(paragraph.hasAttribute(SIZE_ATTRIBUTE)).toBe(false);

    await readable.apply({ ...ON, fontScale: 1.5 });
    expect(paragraph.hasAttribute(SIZE_ATTRIBUTE)).toBe(true);
    const css = [...document.documentElement.querySelectorAll(':scope > style')]
      .map((sheet) => sheet.textContent)
      .join('\n');
    expect(css).toContain(`[${SIZE_ATTRIBUTE}="${paragraph.getAttribute(SIZE_ATTRIBUTE)}"]`);
    readable.stop();
    expect(paragraph.hasAttribute(SIZE_ATTRIBUTE)).toBe(false);
  });
});
