import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReadingAids } from '@/entrypoints/background/reading-aids-loader';
import { LOAD_READING_AIDS } from '@/utils/protocol';

const LOAD = { type: LOAD_READING_AIDS };
const fromFrame = (frameId: number): Browser.runtime.MessageSender => ({
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId,
});

// The fake browser has no scripting API: the injection is what is looked at.
const executeScript = vi.fn();
beforeEach(() => {
  executeScript.mockReset().mockResolvedValue([]);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
});

describe("the reading aids' script, on the panel's demand", () => {
  it("is injected into the asking tab's top frame, once for two requests together", async () => {
    const answers = await Promise.all([
      loadReadingAids(LOAD, fromFrame(0)),
      loadReadingAids(LOAD, fromFrame(0)),
    ]);
    expect(answers).toEqual([true, true]);
    expect(executeScript).toHaveBeenCalledOnce();
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: ['/content-scripts/reading-aids.js'],
    });
  });

  it('is not injected for a frame other than the top one, nor for other messages', () => {
    expect(loadReadingAids(LOAD, fromFrame(3))).toBeUndefined();
    expect(loadReadingAids(LOAD, { frameId: 0 })).toBeUndefined();
    expect(loadReadingAids({ type: 'legible:speech' }, fromFrame(0))).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers false where the page refuses scripts', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await loadReadingAids(LOAD, fromFrame(0))).toBe(false);
  });
});
