/** Observing read aloud from a test: the page, the test voices, the speech script's state. */
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { FAKE_TTS_DIR } from '@/tests/e2e/support/extension-browser';

/**
 * The page's markup as the page sees it (Legible's panel sits outside the body). Read
 * aloud must never change it.
 */
export function markup(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerHTML);
}

/** The text under read aloud's highlight, read from the page's own world. */
export function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('legible-speech');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

/** What read aloud could leave behind: highlights and adopted stylesheets. */
export function leftovers(page: Page): Promise<{ highlights: number; adoptedSheets: number }> {
  return page.evaluate(() => ({
    highlights: CSS.highlights.size,
    adoptedSheets: document.adoptedStyleSheets.length,
  }));
}

export interface Utterance {
  readonly text: string;
  readonly voice: string;
  readonly lang: string;
  readonly rate: number;
}

interface FakeTtsGlobals {
  spoken: Utterance[];
  stops: number;
  finish(): boolean;
}

/** Chromium's test speech engine (support/fake-tts/), through its service worker. */
export class TestVoices {
  private constructor(private readonly worker: WebWorker) {}

  static async find(browser: Browser): Promise<TestVoices> {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/worker.js'),
    );
    const worker = await target.worker();
    if (!worker) throw new Error(`no worker for the test voices in ${FAKE_TTS_DIR}`);
    return new TestVoices(worker);
  }

  reset(): Promise<void> {
    return this.worker.evaluate(() => {
      const fake = globalThis as unknown as FakeTtsGlobals;
      fake.spoken = [];
      fake.stops = 0;
    });
  }

  utterances(): Promise<Utterance[]> {
    return this.worker.evaluate(() => (globalThis as unknown as FakeTtsGlobals).spoken);
  }

  stops(): Promise<number> {
    return this.worker.evaluate(() => (globalThis as unknown as FakeTtsGlobals).stops);
  }

  /** Ends the utterance being spoken, as a voice reaching its end would. */
  async finish(): Promise<void> {
    const ended = await this.worker.evaluate(() =>
      (globalThis as unknown as FakeTtsGlobals).finish(),
    );
    if (!ended) throw new Error('no utterance is being spoken');
  }

  /** Waits for the `index`th utterance (0-based) and gives it. */
  async waitForUtterance(index: number, timeoutMs = 5000): Promise<Utterance> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const spoken = await this.utterances();
      const utterance = spoken[index];
      if (utterance) return utterance;
      if (Date.now() > deadline) {
        throw new Error(`utterance ${index} never came; spoken: ${JSON.stringify(spoken)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export interface HeardState {
  readonly status: string;
  readonly index: number;
  readonly count: number;
  readonly lang: string;
  readonly voices: readonly unknown[];
}

/**
 * The speech script's state messages, as every extension page hears them (the popup
 * shows them): recorded in `page`, one of Legible's own pages, in the order sent.
 */
export class SpeechStates {
  private constructor(private readonly page: Page) {}

  static async listen(page: Page): Promise<SpeechStates> {
    await page.evaluate(() => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const store = globalThis as unknown as { heard: unknown[]; listening?: boolean };
      store.heard = [];
      if (store.listening) return;
      store.listening = true;
      api.runtime.onMessage.addListener((message: { type?: string; state?: unknown }) => {
        if (message?.type === 'legible:speech-state') store.heard.push(message.state);
      });
    });
    return new SpeechStates(page);
  }

  take(): Promise<HeardState[]> {
    return this.page.evaluate(() => (globalThis as unknown as { heard: HeardState[] }).heard);
  }
}
