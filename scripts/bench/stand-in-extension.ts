/**
 * The bench's stand-in extensions (bare-extension.ts, peer-extension.ts): an unpacked
 * Manifest V3 extension written to a temporary folder and loaded, alone, into a
 * Chromium of its own with the bench's flags, so that it is measured like Legible.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@/tests/e2e/support/extension-browser';
import { BENCH_ARGS } from '@/scripts/bench/session';
import type { Browser } from 'puppeteer-core';

export interface StandIn {
  /** The folder's name prefix, e.g. "bare". */
  name: string;
  manifest: object;
  /** File name to content, written beside manifest.json. */
  files: Record<string, string>;
}

export async function launchStandIn({
  name,
  manifest,
  files,
}: StandIn): Promise<{ browser: Browser; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `legible-bench-${name}-`));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const session = await launchChromium({ extraArgs: BENCH_ARGS, extensionDir: dir }).catch(
    (error: unknown) => {
      remove();
      throw error;
    },
  );
  return {
    browser: session.browser,
    async close() {
      await session.close();
      remove();
    },
  };
}
