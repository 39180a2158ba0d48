/**
 * Chromium without the extension, for the cost figure's baseline: the same executable
 * and the flags `launchChromium` uses, plus the bench's own flags.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BENCH_ARGS } from '@/scripts/bench/session';
import { chromiumFlags } from '@/tests/e2e/support/extension-browser';

export async function launchPlainChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'legible-bench-plain-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: [...chromiumFlags(profile), ...BENCH_ARGS],
    defaultViewport: null,
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
