/** What a page looks like to the user, read from computed styles in the real browser. */
import type { Page } from 'puppeteer-core';

export interface Look {
  bodyBackground: string;
  bodyColor: string;
  paragraphColor: string;
  headingColor: string;
  /** Everything in the document, to prove that "off" leaves nothing behind. */
  markup: string;
}

export function readLook(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const style = (selector: string) =>
      getComputedStyle(document.querySelector(selector) ?? document.body);
    return {
      bodyBackground: style('body').backgroundColor,
      bodyColor: style('body').color,
      paragraphColor: style('article p').color,
      headingColor: style('h1').color,
      markup: document.documentElement.outerHTML,
    };
  });
}

/** Waits until the body shows `background` and the text `color` (as rgb() strings). */
export async function waitForScheme(page: Page, background: string, color: string): Promise<void> {
  await page.waitForFunction(
    (background, color) => {
      const body = getComputedStyle(document.body);
      const p = document.querySelector('article p') ?? document.querySelector('p');
      return body.backgroundColor === background && !!p && getComputedStyle(p).color === color;
    },
    // By interval, not animation frame: a tab in the background runs no frames.
    { timeout: 5000, polling: 50 },
    background,
    color,
  );
}
