/**
 * Read aloud in real Chromium and Firefox. Headless browsers here have no voices, so
 * each gets test voices of real browser machinery (support/extension-browser.ts):
 * - Chromium: a test-only speech engine extension. Chrome offers its voices to the Web
 *   Speech API and hands it every utterance, which it records and holds "spoken" until
 *   the test ends it: the test checks the exact words, voice and speed of each
 *   utterance, and looks at the page while each sentence is read.
 * - Firefox: its built-in test voices (English, French, Spanish, Italian). They cannot
 *   tell what they were asked to say, so the test follows the speech script's own
 *   state messages (heard in an extension page) and the highlight; one Italian test
 *   voice starts and never ends, which holds the reading on a sentence to look at it.
 * Both: the highlight covers the sentence being read, the page's markup stays the
 * same, and after stopping nothing of read aloud is left.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserName } from '@/tests/e2e/support/extension-browser';
import { useSuiteSession } from '@/tests/e2e/support/suite-session';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { panelControl } from '@/tests/e2e/support/panel';
import {
  highlighted,
  leftovers,
  markup,
  SpeechStates,
  TestVoices,
} from '@/tests/e2e/support/speech';

/** The one field of the stored settings these tests read back. */
type SpeechSettings = { speechRate?: number };
// panelAids: read aloud sits in the panel's second row, the reading aids.
const ON = { version: 1, enabled: true, panel: true, panelAids: true, colorScheme: 'blue' };
const PAGE = '/fixtures/pages/read-aloud.html';
const ENGLISH = [
  'The library opens at nine.',
  'Ask at the front desk for a reader card.',
  'Cards are free for pensioners.',
];
const RUSSIAN = ['Библиотека работает с девяти утра.', 'Читательский билет выдают на входе.'];
const BELARUSIAN = ['Бібліятэка працуе з дзевяці раніцы.', 'Чытацкі білет выдаюць каля ўваходу.'];
const ITALIAN = ['La biblioteca apre alle nove.', 'La tessera è gratuita.'];
const ALL = [...ENGLISH, ...RUSSIAN, ...BELARUSIAN, ...ITALIAN];
/** Firefox's Italian test voice that starts speaking and never ends. */
const ENDLESS_VOICE = 'urn:moz-tts:fake:margherita';

export function readAloudSuite(name: BrowserName): void {
  describe(`read aloud in ${name}`, () => {
    const ctx = useSuiteSession(name, { testVoices: true });
    beforeEach(async () => {
      await ctx.storage.clear();
      await ctx.closePages();
      await ctx.storage.set('sync', { settings: ON });
      // The background registers the page scripts when it sees readable mode go on.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });

    /** The fixture with the panel ready to read and the engine's marks in place. */
    async function open(): Promise<{ page: Page; before: string }> {
      const page = await ctx.session.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(ctx.server.url(PAGE));
      // In front first: a background tab runs no animation frames, which the panel's
      // selector polling needs.
      await page.bringToFront();
      await panelControl(page, '[data-action="speech-play"]:not(:disabled)');
      // Restyled: the blue scheme is on (no size mark: the settings change no size).
      await waitForScheme(page, 'rgb(157, 209, 255)', 'rgb(6, 52, 98)');
      return { page, before: await markup(page) };
    }

    async function panelStatus(page: Page): Promise<string> {
      return (await panelControl(page, '.speech-status')).evaluate((el) => el.textContent ?? '');
    }

    async function waitForPanelStatus(page: Page, text: string): Promise<void> {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && (await panelStatus(page)) !== text) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await panelStatus(page)).toBe(text);
    }

    async function openPopupFor(page: Page): Promise<Page> {
      const tabId = await ctx.control.evaluate(async (url) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
      }, page.url());
      return ctx.session.openExtensionPage(
        `/popup.html?tab=${tabId}`,
        '[data-action="speech-play"]:not(:disabled)',
      );
    }

    /** Selects the contents of `#id`'s text from its start to the end of `untilText`. */
    function select(page: Page, id: string, untilText?: string): Promise<void> {
      return page.evaluate(
        (id, untilText) => {
          const paragraph = document.getElementById(id)!;
          const range = document.createRange();
          range.selectNodeContents(paragraph);
          if (untilText) {
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = (node as Text).data.indexOf(untilText);
              if (at >= 0) range.setEnd(node, at + untilText.length);
            }
          }
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        },
        id,
        untilText,
      );
    }

    if (name === 'chromium') {
      it('reads from the first paragraph on, sentence by sentence, in each language, markup unchanged', async () => {
        const voices = await TestVoices.find(ctx.session.browser);
        await voices.reset();
        const { page, before } = await open();
        await (await panelControl(page, '[data-action="speech-play"]')).click();
        const reachable = [...ENGLISH, ...RUSSIAN, ...BELARUSIAN];
        for (const [i, sentence] of reachable.entries()) {
          const spoken = await voices.waitForUtterance(i);
          expect(spoken.text).toBe(sentence);
          expect(spoken.lang.slice(0, 2)).toBe(i < 3 ? 'en' : i < 5 ? 'ru' : 'be');
          expect(await highlighted(page)).toEqual([sentence]);
          await waitForPanelStatus(page, `Reading sentence ${i + 1} of ${ALL.length}.`);
          expect(await markup(page)).toBe(before);
          await voices.finish();
        }
        // The Italian paragraph has no test voice: reading stops and says so.
        await waitForPanelStatus(page, 'No voice for Italian on this computer.');
        expect(await voices.utterances()).toHaveLength(reachable.length);
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await markup(page)).toBe(before);
      });

      it('reads the selection from the popup: speed, pause, resume, stop, nothing left', async () => {
        const voices = await TestVoices.find(ctx.session.browser);
        await voices.reset();
        const { page, before } = await open();
        await select(page, 'en', 'front desk');
        const popup = await openPopupFor(page);
        await popup.click('[data-action="speech-faster"]');
        await expect
          .poll(
            async () => ((await ctx.storage.get('sync', 'settings')) as SpeechSettings).speechRate,
          )
          .toBe(1.25);
        await popup.click('[data-action="speech-play"]');
        const first = await voices.waitForUtterance(0);
        expect(first).toMatchObject({ text: ENGLISH[0], voice: 'Test English', rate: 1.25 });
        expect(await highlighted(page)).toEqual([ENGLISH[0]]);
        await popup.waitForFunction(
          () =>
            document.querySelector('.speech-status')?.textContent === 'Reading sentence 1 of 2.',
          { polling: 50, timeout: 5000 },
        );
        await popup.click('[data-action="speech-pause"]');
        await popup.waitForSelector('[data-action="speech-resume"]');
        expect(await popup.$eval('.speech-status', (el) => el.textContent)).toBe(
          'Paused at sentence 1 of 2.',
        );
        expect(await highlighted(page)).toEqual([ENGLISH[0]]);
        await popup.click('[data-action="speech-resume"]');
        await popup.waitForSelector('[data-action="speech-pause"]');
        await voices.finish();
        // The selection ends inside the second sentence: only its selected words are read.
        expect((await voices.waitForUtterance(1)).text).toBe('Ask at the front desk');
        expect(await highlighted(page)).toEqual(['Ask at the front desk']);
        expect(await markup(page)).toBe(before);
        await popup.click('[data-action="speech-stop"]');
        await popup.waitForSelector('[data-action="speech-play"]');
        expect(await voices.stops()).toBeGreaterThan(0);
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await markup(page)).toBe(before);
        // The voice list is the page's language's, labelled with it.
        expect(
          await popup.$eval('label.voice', (label) => [
            label.firstChild?.textContent,
            [...label.querySelectorAll('option')].map((option) => option.textContent),
          ]),
        ).toEqual(['Voice (English)', ['Test English']]);
      });

      it('the keyboard command starts and stops; readable mode off stops and leaves nothing', async () => {
        const voices = await TestVoices.find(ctx.session.browser);
        await voices.reset();
        const { page, before } = await open();
        const command = () =>
          ctx.control.evaluate(async () => {
            const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
            await api.runtime.sendMessage({ type: 'legible:command', command: 'read-aloud' });
          });
        await command();
        expect((await voices.waitForUtterance(0)).text).toBe(ENGLISH[0]);
        await waitForPanelStatus(page, `Reading sentence 1 of ${ALL.length}.`);
        await command();
        await waitForPanelStatus(
          page,
          'Reads the selected text, or from the paragraph in focus onward.',
        );
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await markup(page)).toBe(before);

        await command();
        await voices.waitForUtterance(1);
        expect(await highlighted(page)).toEqual([ENGLISH[0]]);
        const stopsBefore = await voices.stops();
        await ctx.storage.set('sync', { settings: { ...ON, enabled: false } });
        await page.waitForFunction(() => !document.querySelector('legible-panel'), { polling: 50 });
        await page.waitForFunction(() => CSS.highlights.size === 0, { polling: 50 });
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await voices.stops()).toBeGreaterThan(stopsBefore);
      });
    } else {
      it('reads from the first paragraph on with the test voices, and says when a language has none', async () => {
        const states = await SpeechStates.listen(ctx.control);
        const { page, before } = await open();
        await (await panelControl(page, '[data-action="speech-play"]')).click();
        await waitForPanelStatus(page, 'No voice for Russian on this computer.');
        const heard = await states.take();
        const speaking = heard.filter((s) => s.status === 'speaking');
        expect(speaking.map((s) => [s.index, s.count, s.lang])).toEqual([
          [0, ALL.length, 'en'],
          [1, ALL.length, 'en'],
          [2, ALL.length, 'en'],
        ]);
        expect(heard.at(-1)).toMatchObject({ status: 'no-voice', lang: 'ru', voices: [] });
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await markup(page)).toBe(before);
      });

      it('highlights the sentence being read; pause, resume and stop from the popup leave nothing', async () => {
        await ctx.storage.set('sync', {
          settings: { ...ON, speechVoices: { it: ENDLESS_VOICE } },
        });
        const { page, before } = await open();
        await select(page, 'it');
        const popup = await openPopupFor(page);
        await popup.click('[data-action="speech-play"]');
        await popup.waitForFunction(
          () =>
            document.querySelector('.speech-status')?.textContent === 'Reading sentence 1 of 2.',
          { polling: 50, timeout: 5000 },
        );
        expect(await highlighted(page)).toEqual([ITALIAN[0]]);
        expect(await popup.$eval('select', (select) => select.value)).toBe(ENDLESS_VOICE);
        expect(await markup(page)).toBe(before);
        await popup.click('[data-action="speech-pause"]');
        await popup.waitForSelector('[data-action="speech-resume"]');
        expect(await popup.$eval('.speech-status', (el) => el.textContent)).toBe(
          'Paused at sentence 1 of 2.',
        );
        expect(await highlighted(page)).toEqual([ITALIAN[0]]);
        await popup.click('[data-action="speech-resume"]');
        await popup.click('[data-action="speech-stop"]');
        await popup.waitForSelector('[data-action="speech-play"]');
        expect(await leftovers(page)).toEqual({ highlights: 0, adoptedSheets: 0 });
        expect(await markup(page)).toBe(before);
      });
    }
  });
}
