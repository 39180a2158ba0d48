/** Reaching into Legible's on-page panel (an open shadow root) from a test. */
import type { ElementHandle, Page } from 'puppeteer-core';

export const PANEL = 'legible-panel';

/**
 * A control in the panel, by CSS selector inside its shadow root. Polled by interval:
 * waitForSelector re-checks on the document's mutations (or animation frames), and a
 * change inside the panel's shadow root, such as a button enabled when read aloud's
 * state arrives, is neither.
 */
export async function panelControl(page: Page, selector: string): Promise<ElementHandle> {
  const found = await page
    .waitForFunction(
      (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector),
      { polling: 50, timeout: 5000 },
      PANEL,
      selector,
    )
    .catch((error: unknown) => {
      throw new Error(`no panel control ${selector}`, { cause: error });
    });
  const handle = found.asElement();
  if (!handle) throw new Error(`no panel control ${selector}`);
  return handle as ElementHandle;
}

export function panelPresent(page: Page): Promise<boolean> {
  return page.evaluate((tag) => !!document.querySelector(tag), PANEL);
}

/** The panel's text, for checking its language. */
export function panelText(page: Page): Promise<string> {
  return page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel')?.textContent ?? '',
    PANEL,
  );
}

/** What has focus: "panel:<button text>" inside the panel, or the page element's tag. */
export function focused(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const active = document.activeElement;
    if (active?.localName === tag) {
      const inner = active.shadowRoot?.activeElement;
      return `panel:${inner?.getAttribute('data-value') ?? inner?.getAttribute('data-action') ?? inner?.textContent ?? ''}`;
    }
    return active?.localName ?? '';
  }, PANEL);
}
