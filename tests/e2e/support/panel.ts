/**
 * Reaching into Legible's on-page panel and reading guide (closed shadow roots) from a
 * test, through support/shadow-roots.ts: how their elements are found, in one place.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { inShadowRoot, shadowRoot, waitInShadowRoot } from '@/tests/e2e/support/shadow-roots';

export const PANEL = 'legible-panel';
export const GUIDE = 'legible-guide';

/** The panel's shadow root, for reading several things at once; null without a panel. */
export function panelRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  return shadowRoot(page, PANEL);
}

/** Runs `fn(root, arg)` inside the panel's shadow root and gives its result. */
export function inPanel<T, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg: A,
): Promise<Awaited<T>> {
  return inShadowRoot(page, PANEL, fn, arg);
}

/** Runs `fn(root, arg)` inside the reading guide's shadow root and gives its result. */
export function inGuide<T, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg: A,
): Promise<Awaited<T>> {
  return inShadowRoot(page, GUIDE, fn, arg);
}

/** Waits until `check(root, arg)` is true inside the reading guide's shadow root. */
export async function waitInGuide<A>(
  page: Page,
  check: (root: ShadowRoot, arg: A) => boolean,
  arg: A,
): Promise<void> {
  await waitInShadowRoot(page, GUIDE, check, arg);
}

/** Waits until `check(root, arg)` is true inside the panel's shadow root. */
export async function waitInPanel<A>(
  page: Page,
  check: (root: ShadowRoot, arg: A) => boolean,
  arg: A,
): Promise<void> {
  await waitInShadowRoot(page, PANEL, check, arg);
}

/** A control in the panel, by CSS selector inside its shadow root, once it is there. */
export async function panelControl(page: Page, selector: string): Promise<ElementHandle> {
  try {
    return await waitInShadowRoot(
      page,
      PANEL,
      (root, selector) => root.querySelector(selector),
      selector,
    );
  } catch (error) {
    throw new Error(`no panel control ${selector}`, { cause: error });
  }
}

export function panelPresent(page: Page): Promise<boolean> {
  return page.evaluate((tag) => !!document.querySelector(tag), PANEL);
}

/** The panel's text, for checking its language. */
export async function panelText(page: Page): Promise<string> {
  return (await panelRoot(page))
    ? inPanel(page, (root) => root.querySelector('.panel')?.textContent ?? '', null)
    : '';
}

/**
 * Sends the "focus the panel" shortcut's command, as the background does, from
 * `control` (one of Legible's own pages), and waits until the panel has the focus.
 */
export async function focusPanelByCommand(page: Page, control: Page): Promise<void> {
  await control.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.runtime.sendMessage({ type: 'legible:command', command: 'focus-panel' });
  });
  await page.waitForFunction(
    (tag) => document.activeElement?.localName === tag,
    {
      polling: 50,
    },
    PANEL,
  );
}

/** What has focus: "panel:<button text>" inside the panel, or the page element's tag. */
export async function focused(page: Page): Promise<string> {
  const outer = await page.evaluate(() => document.activeElement?.localName ?? '');
  if (outer !== PANEL) return outer;
  const inner = await inPanel(
    page,
    (root) => {
      const active = root.activeElement;
      return (
        active?.getAttribute('data-value') ??
        active?.getAttribute('data-action') ??
        active?.textContent ??
        ''
      );
    },
    null,
  );
  return `panel:${inner}`;
}

/**
 * The paths of the extension's scripts that have run in `page` (any world), from
 * Chromium's debugger: what reached the page, to the byte. Chromium only (CDP).
 */
export async function extensionScriptsIn(page: Page): Promise<string[]> {
  const cdp = await page.createCDPSession();
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => urls.push(url));
  // Enabling reports every script parsed so far, before it answers.
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.disable');
  await cdp.detach();
  return urls
    .filter((url) => url.startsWith('chrome-extension://'))
    .map((url) => new URL(url).pathname);
}
