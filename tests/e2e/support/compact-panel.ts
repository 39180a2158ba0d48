/**
 * What the panel looks like on a phone (360 × 740, WCAG's reflow width), measured in
 * the page: how much of the screen it takes, and how large each of its targets is.
 */
import type { Page } from 'puppeteer-core';
import { expect, vi } from 'vitest';
import { inPanel, PANEL } from '@/tests/e2e/support/panel';

export const PHONE = { width: 360, height: 740 };
/** A quarter of the phone's screen. */
export const MOST_PANEL_PX = 185;
/** WCAG 2.5.5 Target Size. */
export const TARGET_PX = 44;

/** How far down the screen the panel reaches, or pushes the page, whichever is more. */
export function screenTaken(page: Page): Promise<number> {
  return page.evaluate((tag) => {
    window.scrollTo(0, 0);
    const bottom = document.querySelector(tag)!.getBoundingClientRect().bottom;
    const push = parseFloat(getComputedStyle(document.documentElement).paddingTop);
    return Math.max(bottom, push);
  }, PANEL);
}

/**
 * Waits (a few seconds at most) until the panel and its push-down take at most a
 * quarter of the phone's screen: the push follows the panel's size a frame or more later.
 */
export async function expectQuarterAtMost(page: Page): Promise<void> {
  await vi.waitFor(async () => expect(await screenTaken(page)).toBeLessThanOrEqual(MOST_PANEL_PX), {
    timeout: 3000,
    interval: 100,
  });
}

interface Measure {
  /** The parts of the scope to measure in; the whole scope when null. */
  readonly selector: string | null;
  readonly least: number;
}

/**
 * Every control shown within `scope` (or its parts matching `selector`) that is under
 * `least` px either way, as "name width×height". Self-contained: it runs in the page.
 */
function smallIn(scope: ParentNode, { selector, least }: Measure): string[] {
  const parts = selector ? [...scope.querySelectorAll(selector)] : [scope];
  return parts
    .flatMap((part) => [...part.querySelectorAll('button, select, input, a.choice')])
    .map((control) => ({ control, box: control.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.width < least || box.height < least))
    .map(({ control, box }) => {
      const name =
        control.getAttribute('data-action') ??
        control.getAttribute('data-value') ??
        control.localName;
      return `${name} ${box.width}×${box.height}`;
    });
}

/** The panel's controls under 44 × 44 px. */
export function smallTargets(page: Page): Promise<string[]> {
  return inPanel(page, smallIn, { selector: null, least: TARGET_PX });
}

/** The controls under 44 × 44 px in the elements of a page matching `selector`. */
export async function smallTargetsIn(page: Page, selector: string): Promise<string[]> {
  const doc = await page.evaluateHandle(() => document);
  try {
    return await doc.evaluate(smallIn, { selector, least: TARGET_PX });
  } finally {
    await doc.dispose();
  }
}
