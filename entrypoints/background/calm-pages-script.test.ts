import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CALM_PAGES_ID,
  calmPagesRegistrations,
  injectCalmPages,
} from '@/entrypoints/background/calm-pages-script';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import type { Settings } from '@/settings/schema';
import { SITE_OFF, type SiteTable } from '@/settings/site-choices';
import { CALM_PAGES_WANTED_MESSAGE } from '@/utils/protocol';

const ON: Settings = { ...DEFAULT_SETTINGS, enabled: true };
const CALM: Settings = { ...ON, calmPages: true };
const SCRIPT = {
  id: CALM_PAGES_ID,
  js: ['/content-scripts/calm-pages.js'],
  runAt: 'document_start',
  allFrames: true,
};

describe("calm pages' registered script", () => {
  it('is registered nowhere while readable mode or calm pages is off', () => {
    expect(calmPagesRegistrations({ ...CALM, enabled: false }, {})).toEqual([]);
    expect(calmPagesRegistrations(ON, { 'font.example': { fontScale: 2 } })).toEqual([]);
  });

  it('goes into every frame of every page while calm pages is on, but where it is not', () => {
    expect(calmPagesRegistrations(CALM, {})).toEqual([{ ...SCRIPT, matches: ['<all_urls>'] }]);
    const sites: SiteTable = {
      'off.example': SITE_OFF,
      'busy.example': { calmPages: false },
      'calm.example': { calmPages: true },
      'font.example': { fontScale: 2 },
    };
    expect(calmPagesRegistrations(CALM, sites)).toEqual([
      {
        ...SCRIPT,
        matches: ['<all_urls>'],
        excludeMatches: [
          '*://busy.example/*',
          '*://www.busy.example/*',
          '*://off.example/*',
          '*://www.off.example/*',
        ],
      },
    ]);
  });

  it('goes only into the sites that turned calm pages on in their own settings, when the user has it off', () => {
    const sites: SiteTable = {
      'off.example': SITE_OFF,
      'calm.example': { calmPages: true },
      '10.0.0.1': { calmPages: true, hideEmbeds: true },
      'busy.example': { calmPages: false },
    };
    expect(calmPagesRegistrations(ON, sites)).toEqual([
      { ...SCRIPT, matches: ['*://10.0.0.1/*', '*://calm.example/*', '*://www.calm.example/*'] },
    ]);
  });
});

describe("calm pages' script on a content script's demand", () => {
  const executeScript = vi.fn();
  beforeEach(() => {
    executeScript.mockReset().mockResolvedValue([]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
  });
  const WANTED = { type: CALM_PAGES_WANTED_MESSAGE };
  const fromFrame = (frameId?: number): Browser.runtime.MessageSender => ({
    tab: { id: 7 } as Browser.tabs.Tab,
    frameId,
  });

  it('is injected at once into the frame that asks, any frame', async () => {
    await injectCalmPages(WANTED, fromFrame(4));
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [4] },
      files: ['/content-scripts/calm-pages.js'],
      injectImmediately: true,
    });
  });

  it('is injected for no other message or sender, and a refusal is quiet', async () => {
    expect(injectCalmPages({ type: 'legible:reading-guide-wanted' }, fromFrame(0))).toBeUndefined();
    expect(injectCalmPages(WANTED, fromFrame())).toBeUndefined();
    expect(injectCalmPages(WANTED, { frameId: 0 })).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(injectCalmPages(WANTED, fromFrame(0))).resolves.toBeUndefined();
  });
});
