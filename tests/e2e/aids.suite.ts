/**
 * The reading aids in real Chromium and Firefox, on tests/fixtures/pages/aids.html:
 * line length (capped, no horizontal scrolling at 1280 or 360 px), the reading guide
 * (follows pointer and keyboard, never takes a click), own colours (applied, with the
 * live contrast and its warning below 7:1, in the panel and the popup), calm pages (a
 * running CSS animation and an autoplaying clip stopped and restored, a user's own
 * play still plays, embeds hidden with their title in place; the same in a same-origin
 * frame and one added later, by a script of its own that the content script does not
 * carry, whose old copies stop on an update), and each aid leaving nothing on the page
 * when off.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, EvaluateFunc, Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, type BrowserName } from '@/tests/e2e/support/extension-browser';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { pickColor } from '@/tests/e2e/support/color-picker';
import {
  extensionScriptsIn,
  GUIDE,
  inGuide,
  inPanel,
  panelControl,
  waitInGuide,
  waitInPanel,
} from '@/tests/e2e/support/panel';
import { overCdp } from '@/tests/e2e/support/shadow-roots';
import { reinstallInChromium, useSuiteSession } from '@/tests/e2e/support/suite-session';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

/** Readable mode on, everything else the format's defaults, no panel. */
const ON = { ...DEFAULT_SETTINGS, enabled: true, panel: false };
const FIXTURE = '/fixtures/pages/aids.html';
/** A page whose same-origin frame (#media) holds an autoplaying clip and an animated GIF. */
const FRAMES_FIXTURE = '/fixtures/pages/calm-frames.html';
const CALM_SCRIPT = '/content-scripts/calm-pages.js';
/** What calm pages' media and GIF parts call, and nothing else in the content script does. */
const CALM_CODE = ['userActivation', 'drawImage', 'getContext', 'naturalWidth', 'currentSrc'];

/** The clip and the GIF's still in frame `id` (same-origin) of the page. */
function framedMedia(page: Page, id: string) {
  return page.evaluate((id) => {
    const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
    const clip = doc.getElementById('clip') as HTMLVideoElement | null;
    return {
      ready: clip?.readyState ?? 0,
      paused: clip?.paused,
      time: clip?.currentTime ?? 0,
      still: doc.getElementById('gif')?.nextElementSibling?.localName === 'canvas',
    };
  }, id);
}

/** Polls `check` in the page (by interval: background tabs in Chromium run no frames). */
async function waitIn<T>(page: Page, check: EvaluateFunc<[T]>, arg: T): Promise<void> {
  await page.waitForFunction(check, { polling: 50, timeout: 5000 }, arg);
}

/** Waits until frame #media's clip plays and its GIF shows (`calm` false), or neither. */
async function waitForFramedCalm(page: Page, calm: boolean): Promise<void> {
  await waitIn(
    page,
    (calm) => {
      const doc = (document.getElementById('media') as HTMLIFrameElement).contentDocument;
      const clip = doc?.getElementById('clip') as HTMLVideoElement | null;
      const gif = doc?.getElementById('gif');
      if (!clip || !gif) return false;
      const still = gif.nextElementSibling?.localName === 'canvas';
      const hidden = getComputedStyle(gif).display === 'none';
      return clip.paused === calm && still === calm && hidden === calm;
    },
    calm,
  );
}

export function aidsSuite(name: BrowserName): void {
  describe(`the reading aids in ${name}`, () => {
    const ctx = useSuiteSession(name);
    beforeEach(() => ctx.startWith(ON));

    async function open(width = 1280, path = FIXTURE): Promise<Page> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto(ctx.server.url(path));
      await page.bringToFront();
      return page;
    }

    async function set(patch: Record<string, unknown>): Promise<void> {
      await ctx.storage.set('sync', { settings: { ...ON, ...patch } });
    }

    /** The ids of the page files the background has registered. */
    function registered(): Promise<string[]> {
      return ctx.control.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.scripting.getRegisteredContentScripts()).map((script) => script.id);
      });
    }

    /** Waits until calm pages' script is registered (`wanted`) or not. */
    async function waitForCalmRegistration(wanted: boolean): Promise<void> {
      const deadline = Date.now() + 5000;
      while ((await registered()).includes('legible-calm-pages') !== wanted) {
        if (Date.now() > deadline) throw new Error(`calm pages' script registered: ${!wanted}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    /** Waits until the page and its frame #media have the blue scheme. */
    async function waitForFramesRestyled(page: Page): Promise<void> {
      await waitIn(
        page,
        (blue) => {
          const frame = (document.getElementById('media') as HTMLIFrameElement).contentDocument;
          return [document, frame].every(
            (doc) => !!doc?.body && getComputedStyle(doc.body).backgroundColor === blue,
          );
        },
        'rgb(157, 209, 255)',
      );
    }

    /** How many copies of calm pages' script ran in the page's frames (Chromium only). */
    async function calmCopies(page: Page): Promise<number> {
      return (await extensionScriptsIn(page)).filter((path) => path === CALM_SCRIPT).length;
    }

    it('line length caps text blocks, with no horizontal scrolling at 1280 or 360 px', async () => {
      for (const width of [1280, 360]) {
        const page = await open(width);
        const layout = () =>
          page.evaluate(() => {
            const long = document.getElementById('long')!;
            const ch = document.createElement('span');
            ch.textContent = '0'.repeat(10);
            long.append(ch);
            const chPx = ch.getBoundingClientRect().width / 10;
            ch.remove();
            return {
              cap: getComputedStyle(long).maxInlineSize,
              widthInCh: long.getBoundingClientRect().width / chPx,
              overflow: document.documentElement.scrollWidth - innerWidth,
            };
          });
        const before = await layout();
        expect(before.cap).toBe('none');

        await set({ lineLength: 60 });
        await waitIn(
          page,
          () => getComputedStyle(document.getElementById('long')!).maxInlineSize !== 'none',
          null,
        );
        const capped = await layout();
        expect(capped.widthInCh).toBeLessThanOrEqual(60.5);
        if (width === 1280) expect(before.widthInCh).toBeGreaterThan(100);
        expect(capped.overflow, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
        expect(
          await page.evaluate(
            () => getComputedStyle(document.getElementById('item')!).maxInlineSize,
          ),
        ).not.toBe('none');

        await set({ lineLength: null });
        await waitIn(
          page,
          () => getComputedStyle(document.getElementById('long')!).maxInlineSize === 'none',
          null,
        );
        await page.close();
      }
    });

    it('the reading guide follows pointer and keyboard, and never takes a click', async () => {
      await set({ readingGuide: true, readingGuideHeight: 3, colorScheme: 'blue' });
      const page = await open();
      await page.waitForSelector(GUIDE);
      const band = () =>
        inGuide(
          page,
          (root) => {
            const above = root.querySelector('.above')!.getBoundingClientRect();
            const below = root.querySelector('.below')!.getBoundingClientRect();
            return { top: above.bottom, bottom: below.top };
          },
          null,
        );

      await page.mouse.move(200, 400);
      await waitInGuide(
        page,
        (root) => {
          const above = root.querySelector('.above')!;
          const { bottom } = above.getBoundingClientRect();
          return bottom < 400 && bottom > 300;
        },
        null,
      );
      const atPointer = await band();
      // 3 lines of 16 px text at line height 1.5: 72 px, centred on the pointer.
      expect(atPointer.bottom - atPointer.top).toBeCloseTo(72, -1);
      expect((atPointer.top + atPointer.bottom) / 2).toBeCloseTo(400, -1);
      // Dimmed in the scheme's background colour.
      expect(
        await inGuide(
          page,
          (root) => getComputedStyle(root.querySelector('.above')!).backgroundColor,
          null,
        ),
      ).toBe('rgb(157, 209, 255)');

      // Clicks go through the band's edges and the dimmed part to the page.
      await page.click('#clicker');
      await waitIn(page, () => document.getElementById('clicks')!.textContent === '1', null);
      const target = await page.evaluate(() => {
        const rect = document.getElementById('low-button')!.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        return { x, y, hit: document.elementFromPoint(x, y)?.id };
      });
      expect(target.hit).toBe('low-button');
      await page.mouse.click(target.x, target.y);
      await waitIn(page, () => document.getElementById('clicks')!.textContent === '2', null);

      // Keyboard: focusing a control moves the band to it.
      await page.mouse.move(0, 0);
      await page.evaluate(() => document.getElementById('play')!.focus());
      const playY = await page.evaluate(() => {
        const rect = document.getElementById('play')!.getBoundingClientRect();
        return rect.top + rect.height / 2;
      });
      await waitInGuide(
        page,
        (root, y) => {
          const top = root.querySelector('.above')!.getBoundingClientRect().bottom;
          const bottom = root.querySelector('.below')!.getBoundingClientRect().top;
          return top <= y && bottom >= y;
        },
        playY,
      );

      await set({ readingGuide: false, colorScheme: 'blue' });
      await waitIn(page, (tag) => !document.querySelector(tag), GUIDE);
    });

    it('calm pages stops a CSS animation and an autoplaying clip, and restores both', async () => {
      const page = await open();
      const motion = () =>
        page.evaluate(() => ({
          animation: document.getElementById('spinner')!.getAnimations()[0]?.playState,
          clipPaused: (document.getElementById('clip') as HTMLVideoElement).paused,
        }));
      await waitIn(page, () => !(document.getElementById('clip') as HTMLVideoElement).paused, null);
      expect(await motion()).toEqual({ animation: 'running', clipPaused: false });

      await set({ calmPages: true });
      await waitIn(
        page,
        () => getComputedStyle(document.getElementById('spinner')!).animationPlayState === 'paused',
        null,
      );
      await waitIn(page, () => (document.getElementById('clip') as HTMLVideoElement).paused, null);
      expect(await motion()).toEqual({ animation: 'paused', clipPaused: true });
      // A paused play state takes effect at the next frame (the pause is `pending` until
      // then): read the frozen time once it has.
      await waitIn(
        page,
        () => document.getElementById('spinner')!.getAnimations()[0]?.pending === false,
        null,
      );
      const frozenAt = await page.evaluate(
        () => document.getElementById('spinner')!.getAnimations()[0]!.currentTime,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        await page.evaluate(
          () => document.getElementById('spinner')!.getAnimations()[0]!.currentTime,
        ),
      ).toBe(frozenAt);
      // Transitions happen at once.
      expect(
        await page.evaluate(
          () => getComputedStyle(document.getElementById('fader')!).transitionDuration,
        ),
      ).toBe('0s');

      // The user's own play still plays (a real click: the page gets a user activation).
      await page.click('#play');
      await waitIn(page, () => !(document.getElementById('clip') as HTMLVideoElement).paused, null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await motion()).clipPaused).toBe(false);

      await page.evaluate(() => (document.getElementById('clip') as HTMLVideoElement).pause());
      await set({ calmPages: false });
      await waitIn(
        page,
        () =>
          getComputedStyle(document.getElementById('spinner')!).animationPlayState === 'running',
        null,
      );
      expect((await motion()).animation).toBe('running');
    });

    it('with calm pages on before the page loads, the autoplaying clip never plays', async () => {
      await set({ calmPages: true });
      const page = await open();
      await waitIn(
        page,
        () => getComputedStyle(document.getElementById('spinner')!).animationPlayState === 'paused',
        null,
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const clip = await page.evaluate(() => {
        const video = document.getElementById('clip') as HTMLVideoElement;
        return { paused: video.paused, time: video.currentTime, ready: video.readyState };
      });
      expect(clip.ready, 'the clip loaded').toBeGreaterThan(0);
      expect(clip.paused).toBe(true);
      // It may have shown its first frame or two before the pause took effect, no more.
      expect(clip.time).toBeLessThan(0.5);
    });

    it('calm pages puts a still in place of an animated GIF, and takes it away', async () => {
      const page = await open();
      await waitIn(page, () => (document.getElementById('gif') as HTMLImageElement).complete, null);
      await set({ calmPages: true });
      await waitIn(
        page,
        () => document.getElementById('gif')!.nextElementSibling?.localName === 'canvas',
        null,
      );
      const still = await page.evaluate(() => {
        const gif = document.getElementById('gif')!;
        const canvas = gif.nextElementSibling as HTMLCanvasElement;
        const box = canvas.getBoundingClientRect();
        return {
          gifShown: getComputedStyle(gif).display !== 'none',
          size: [Math.round(box.width), Math.round(box.height)],
          pixels: [canvas.width, canvas.height],
          label: canvas.getAttribute('aria-label'),
          role: canvas.getAttribute('role'),
        };
      });
      expect(still).toEqual({
        gifShown: false,
        size: [96, 64],
        pixels: [48, 32],
        label: 'A spinning wheel',
        role: 'img',
      });

      await set({ calmPages: false });
      await waitIn(
        page,
        () =>
          !document.querySelector('canvas') &&
          getComputedStyle(document.getElementById('gif')!).display !== 'none' &&
          !document.getElementById('gif')!.hasAttribute('data-legible-still'),
        null,
      );
    });

    it('calm pages resumes the clip it paused when switched off', async () => {
      const page = await open();
      await waitIn(page, () => !(document.getElementById('clip') as HTMLVideoElement).paused, null);
      await set({ calmPages: true });
      await waitIn(page, () => (document.getElementById('clip') as HTMLVideoElement).paused, null);
      await set({ calmPages: false });
      await waitIn(page, () => !(document.getElementById('clip') as HTMLVideoElement).paused, null);
    });

    it("calm pages' media and GIF code is a script of its own, which frames get only while it is on", async () => {
      const script = (file: string) =>
        readFileSync(resolve(EXTENSION_DIRS[name], 'content-scripts', file), 'utf8');
      expect(CALM_CODE.filter((code) => script('content.js').includes(code))).toEqual([]);
      expect(CALM_CODE.filter((code) => !script('calm-pages.js').includes(code))).toEqual([]);
      await set({ colorScheme: 'blue' });
      const page = await open(1280, FRAMES_FIXTURE);
      await waitForFramesRestyled(page);
      expect(await registered()).not.toContain('legible-calm-pages');
      if (overCdp(page)) expect(await calmCopies(page)).toBe(0);
      await set({ colorScheme: 'blue', calmPages: true });
      await waitForCalmRegistration(true);
      await waitForFramedCalm(page, true);
      // Brought into the open page, where the count above would have seen it.
      if (overCdp(page)) expect(await calmCopies(page)).toBeGreaterThan(0);
      await set({ colorScheme: 'blue', calmPages: false });
      await waitForCalmRegistration(false);
    });

    it('calm pages stops the clip and the GIF in a same-origin frame, and gives them back', async () => {
      const page = await open(1280, FRAMES_FIXTURE);
      await waitForFramedCalm(page, false);
      await set({ calmPages: true });
      await waitForFramedCalm(page, true);
      await set({ calmPages: false });
      await waitForFramedCalm(page, false);
    });

    it('with calm pages on before the page loads, no clip plays in its frame or in a frame added later', async () => {
      await set({ calmPages: true });
      await waitForCalmRegistration(true);
      const page = await open(1280, FRAMES_FIXTURE);
      await page.evaluate(() => {
        const later = document.createElement('iframe');
        later.id = 'later';
        later.src = 'calm-media.html';
        document.body.append(later);
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const id of ['media', 'later']) {
        const media = await framedMedia(page, id);
        expect(media.ready, `the clip in #${id} loaded`).toBeGreaterThan(0);
        expect(media.paused, `the clip in #${id}`).toBe(true);
        // It may have shown its first frame or two before the pause took effect, no more.
        expect(media.time, `the clip in #${id}`).toBeLessThan(0.5);
        expect(media.still, `a still for the GIF in #${id}`).toBe(true);
      }
    });

    it("hiding embeds leaves each frame's title in its place, and takes it back", async () => {
      const page = await open();
      await set({ calmPages: true, hideEmbeds: true });
      await waitIn(page, () => document.querySelectorAll('legible-embed-note').length === 2, null);
      const notes = await page.evaluate(() => ({
        frames: [...document.querySelectorAll('iframe')].map((f) => getComputedStyle(f).display),
        texts: [...document.querySelectorAll('legible-embed-note')].map((n) => n.textContent),
        after: document.getElementById('embed')!.nextElementSibling?.localName,
      }));
      expect(notes.frames).toEqual(['none', 'none']);
      expect(notes.texts).toEqual([
        'Embedded media hidden: Weather widget',
        `Embedded media hidden: ${new URL(ctx.server.url('/')).hostname}`,
      ]);
      expect(notes.after).toBe('legible-embed-note');

      await set({ calmPages: true, hideEmbeds: false });
      await waitIn(page, () => document.querySelectorAll('legible-embed-note').length === 0, null);
      expect(
        await page.evaluate(() => getComputedStyle(document.getElementById('embed')!).display),
      ).toBe('inline');
    });

    it('own colours restyle the page; the panel shows the contrast and warns below 7:1', async () => {
      await set({ panel: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const page = await open();
      await (await panelControl(page, '[data-action="aids"]')).click();
      await (await panelControl(page, '[data-action="own-colors"]')).click();
      // The defaults: dark text on a warm light background, both above 7:1.
      await waitForScheme(page, 'rgb(253, 246, 227)', 'rgb(26, 26, 26)');
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector('nav a')!).color),
      ).toBe('rgb(0, 69, 138)');
      const panelText = (selector: string) =>
        inPanel(
          page,
          (root, selector) => root.querySelector(selector)?.textContent ?? null,
          selector,
        );
      expect(await panelText('#own-colors-warning')).toBeNull();

      const pick = async (field: string, value: string) => {
        const input = await panelControl(page, `input[data-field="${field}"]`);
        await pickColor(page, input as ElementHandle<HTMLInputElement>, value);
      };
      await pick('customText', '#777777');
      await waitForScheme(page, 'rgb(253, 246, 227)', 'rgb(119, 119, 119)');
      expect(await panelText('#own-colors-contrast')).toMatch(/text 4\.\d:1/);
      expect(await panelText('#own-colors-warning')).toContain('below 7:1');

      await pick('customText', '#000000');
      await waitInPanel(page, (root) => !root.querySelector('#own-colors-warning'), null);
      await ctx.storage.waitForFields('sync', 'settings', {
        customColors: true,
        customText: '#000000',
      });
    });

    it('the popup offers every aid and warns about low contrast too', async () => {
      await set({ customColors: true, customText: '#888888', customBackground: '#ffffff' });
      const page = await open();
      const url = page.url();
      const tabId = await ctx.control.evaluate(async (url) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
      }, url);
      const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`, '#page-state');
      for (const group of [
        '#line-length-label',
        '#reading-guide-label',
        '#calm-pages-label',
        '#own-colors-label',
      ]) {
        expect(await popup.$(group), group).not.toBeNull();
      }
      expect(await popup.$eval('#own-colors-warning', (el) => el.getAttribute('role'))).toBe(
        'alert',
      );
      await popup.click('#line-length-label + .choices [data-value="70"]');
      await waitIn(
        page,
        () => getComputedStyle(document.getElementById('long')!).maxInlineSize !== 'none',
        null,
      );
    });

    it('registers no read-aloud script for every page: it comes only when asked for', async () => {
      expect((await registered()).sort()).toEqual(['legible-content', 'legible-first-paint-hold']);
    });

    it('with every aid on, readable mode off leaves nothing of them on the page', async () => {
      await set({
        lineLength: 70,
        readingGuide: true,
        calmPages: true,
        hideEmbeds: true,
        customColors: true,
      });
      const page = await open();
      await page.waitForSelector(GUIDE);
      await waitIn(page, () => document.querySelectorAll('legible-embed-note').length === 2, null);
      await set({ enabled: false, lineLength: 70, readingGuide: true, calmPages: true });
      await waitIn(
        page,
        (tag) =>
          !document.querySelector(tag) &&
          !document.querySelector('legible-embed-note') &&
          getComputedStyle(document.getElementById('spinner')!).animationPlayState === 'running' &&
          getComputedStyle(document.getElementById('long')!).maxInlineSize === 'none' &&
          getComputedStyle(document.getElementById('embed')!).display === 'inline',
        GUIDE,
      );
      expect(
        await page.evaluate(() => document.querySelectorAll('[data-legible-size], style').length),
      ).toBe(1);
    });
  });

  // As for the content script (page-privacy.suite.ts): an update runs the new version in
  // a new isolated world, and the old copies must stop by the document knock. Not in
  // Firefox, where a reinstalled add-on gets a new UUID this session cannot open.
  describe.skipIf(name === 'firefox')(`calm pages' older copies in ${name}`, () => {
    const ctx = useSuiteSession(name);

    it('stop when the new version starts in the page, and leave nothing when it goes off', async () => {
      await ctx.startWith({ ...ON, calmPages: true });
      const page = await ctx.session.browser.newPage();
      await page.goto(ctx.server.url(FRAMES_FIXTURE));
      await page.bringToFront();
      await waitForFramedCalm(page, true);

      // Removing the extension cleared its storage: calm pages on again, from a new page.
      const storage = await reinstallInChromium(ctx.session);
      await page.bringToFront();
      await storage.set('sync', { settings: { ...ON, colorScheme: 'blue', calmPages: true } });
      await waitIn(
        page,
        (blue) => getComputedStyle(document.body).backgroundColor === blue,
        'rgb(157, 209, 255)',
      );
      await waitForFramedCalm(page, true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // One still: the old copy took its own away when the new one came.
      const stills = () =>
        page.evaluate(
          () =>
            (
              document.getElementById('media') as HTMLIFrameElement
            ).contentDocument!.querySelectorAll('canvas').length,
        );
      expect(await stills()).toBe(1);

      await storage.set('sync', { settings: { ...ON, enabled: false } });
      await waitForFramedCalm(page, false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await stills()).toBe(0);
    });
  });
}
