/**
 * The first-paint hold in real Chromium and Firefox, read from what the browser painted:
 * with a scheme, the frames before Legible's sheet is in show the scheme's background and
 * nothing of the page (not the browser's white canvas behind a transparent page); a site
 * with a scheme of its own gets that scheme's hold; the page's own colours keep the
 * transparent hold; and readable mode off leaves no hold registered.
 *
 * The hold normally lasts only until Legible's sheet is in, a few milliseconds. To look at
 * it, the test takes the restyling engine's registration away (so its sheet never comes)
 * and the page keeps its root's animation, the hold, running for a minute.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { paintedIn } from '@/tests/e2e/support/painted';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';

const ON = { version: 1, enabled: true, panel: false, colorScheme: 'white-on-black' };

/** The page under test: white, with large red text, and its root's animation held. */
const PAGE = `<!doctype html>
<html><head><style>
  :root:root { animation-duration: 60s !important; }
  html, body { background: #fff; color: #f00; margin: 0; font: 96px/1 serif; }
</style></head><body><p>Unstyled text</p></body></html>`;

declare const chrome: {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; css?: string[]; matches?: string[] }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
};

export function firstPaintHoldSuite(name: BrowserName): void {
  describe(`the first-paint hold in ${name}`, () => {
    const ctx = useSuiteSession(name);

    const registered = () =>
      ctx.control.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.scripting.getRegisteredContentScripts())
          .map(({ id, css }) => `${id} ${(css ?? []).join(' ').replace(/^\//, '')}`.trim())
          .sort();
      });

    /** Stores `settings` (and `sites`) and waits until the background registered `holds`. */
    async function startWith(
      settings: Record<string, unknown>,
      holds: string[],
      sites?: Record<string, unknown>,
    ) {
      await ctx.storage.clear();
      await ctx.closePages();
      // A small table of per-site choices lives in its first shard (settings/site-shards.ts).
      await ctx.storage.set('sync', { settings, ...(sites && { 'sites.0': sites }) });
      // The holds go in first, then the engine's script: wait for both.
      await expect
        .poll(registered, { timeout: 5000 })
        .toEqual([...holds, 'legible-content'].sort());
      // Only the hold stays in the page's way: Legible's sheet, which ends it, never comes.
      // A settle still queued in the background (after the clear) registers the engine
      // again: take it away until it stays away.
      await expect
        .poll(
          async () => {
            await ctx.control.evaluate(async () => {
              const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
              const ids = (await api.scripting.getRegisteredContentScripts()).map(({ id }) => id);
              if (ids.includes('legible-content')) {
                await api.scripting.unregisterContentScripts({ ids: ['legible-content'] });
              }
            });
            await new Promise((resolve) => setTimeout(resolve, 300));
            return (await registered()).includes('legible-content');
          },
          { timeout: 10000 },
        )
        .toBe(false);
    }

    /** The colours painted in the top-left corner of `url`, once loaded. */
    async function paintedOn(url: string) {
      const page = await ctx.session.browser.newPage();
      await page.goto(url);
      // A frame of the loaded page, at least.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const picture = await page.screenshot({
        clip: { x: 0, y: 0, width: 400, height: 200 },
        encoding: 'base64',
        type: 'png',
      });
      const [painted] = await paintedIn(ctx.control, [picture]);
      return painted!.colors.map(({ hex }) => hex);
    }

    const served = () => ctx.server.serve('/held.html', PAGE);

    it("paints a dark scheme's background while it holds, and nothing of the page", async () => {
      await startWith(ON, ['legible-first-paint-hold first-paint-hold-white-on-black.css']);
      expect(await paintedOn(served())).toEqual(['#000000']);
      await startWith({ ...ON, colorScheme: 'green' }, [
        'legible-first-paint-hold first-paint-hold-green.css',
      ]);
      expect(await paintedOn(served())).toEqual(['#3b2716']);
    });

    it("paints a site's own scheme on that site and the user's elsewhere", async () => {
      const url = new URL(served());
      await startWith(
        ON,
        [
          'legible-first-paint-hold first-paint-hold-white-on-black.css',
          'legible-first-paint-hold-green first-paint-hold-green.css',
        ],
        { [url.hostname]: { colorScheme: 'green' } },
      );
      expect(await paintedOn(url.href)).toEqual(['#3b2716']);
      url.hostname = 'localhost';
      expect(await paintedOn(url.href)).toEqual(['#000000']);
    });

    it("keeps the page's own colours hidden behind a transparent root", async () => {
      await startWith({ ...ON, colorScheme: 'original' }, [
        'legible-first-paint-hold first-paint-hold.css',
      ]);
      expect(await paintedOn(served())).toEqual(['#ffffff']);
    });

    it('leaves no hold registered when readable mode goes off', async () => {
      await startWith(
        ON,
        [
          'legible-first-paint-hold first-paint-hold-white-on-black.css',
          'legible-first-paint-hold-green first-paint-hold-green.css',
        ],
        { 'a.example': { colorScheme: 'green' } },
      );
      await ctx.storage.set('sync', { settings: { ...ON, enabled: false } });
      await expect.poll(registered, { timeout: 5000 }).toEqual([]);
    });
  });
}
