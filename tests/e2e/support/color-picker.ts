/**
 * Choosing a colour in an `<input type="color">` the way a user does, so that the page
 * gets the browser's own (trusted) `input` and `change` events: Legible's panel ignores
 * events a script dispatches, and a test that set the value and dispatched `input`
 * itself would now change nothing. Each browser opens its colour dialog on a real click
 * or key press, and each test browser gets there differently:
 * - Chromium draws its own picker (a popup page of Blink's, color_picker.js) and takes
 *   the keyboard in it: Space opens it (`:open` matches while it is shown), Tab walks
 *   its colour well, eye dropper and hue slider to the red, green and blue fields, and
 *   Enter closes it.
 * - Firefox asks the system's dialog (`@mozilla.org/colorpicker;1`, in the parent
 *   process), which a headless Firefox cannot show: the test stands in for that dialog,
 *   as Mozilla's own tests do (MockColorPicker), with a component registered through
 *   the chrome scope that `--remote-allow-system-access` opens to WebDriver BiDi. It
 *   answers with the colour asked for, and the browser does the rest.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { overCdp } from '@/tests/e2e/support/shadow-roots';

/** The internal half of puppeteer's BiDi browser this needs (puppeteer-core is pinned). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Runs `fn` with `args` in Firefox's parent process, as the browser's own chrome code. */
async function inFirefoxChrome(page: Page, fn: string, ...args: string[]): Promise<void> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const { result } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const [window] = (result as { contexts: { context: string }[] }).contexts;
  if (!window) throw new Error('no chrome window to stand in for the colour dialog from');
  const answer = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context: window.context },
    awaitPromise: true,
    arguments: args.map((value) => ({ type: 'string', value })),
  });
  const { type } = answer.result as { type: string };
  if (type !== 'success') throw new Error(`chrome script failed: ${JSON.stringify(answer.result)}`);
}

/**
 * Puts a colour dialog that answers `color` in place of the system's, until the next
 * restore. Written as source: it runs in Firefox's chrome window, where Components,
 * Services and ChromeUtils exist.
 */
const STAND_IN_DIALOG = `(color) => {
  const registrar = Components.manager.QueryInterface(Ci.nsIComponentRegistrar);
  const contract = '@mozilla.org/colorpicker;1';
  const original = registrar.contractIDToCID(contract);
  const cid = Services.uuid.generateUUID();
  const picker = {
    init() {},
    open(callback) {
      Services.tm.dispatchToMainThread(() => {
        callback.update(color);
        callback.done(color);
      });
    },
    QueryInterface: ChromeUtils.generateQI(['nsIColorPicker']),
  };
  const factory = {
    createInstance: (iid) => picker.QueryInterface(iid),
    QueryInterface: ChromeUtils.generateQI(['nsIFactory']),
  };
  registrar.registerFactory(cid, 'Legible test colour dialog', contract, factory);
  window.legibleRestoreColorDialog = () => {
    registrar.unregisterFactory(cid, factory);
    registrar.registerFactory(original, '', contract, null);
    delete window.legibleRestoreColorDialog;
  };
}`;

const RESTORE_DIALOG = `() => window.legibleRestoreColorDialog?.()`;

function isOpen(input: ElementHandle<HTMLInputElement>): Promise<boolean> {
  return input.evaluate((el) => el.matches(':open'));
}

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Chromium's own picker, by keyboard, as described at the top. */
async function chooseInChromiumPicker(
  page: Page,
  input: ElementHandle<HTMLInputElement>,
  color: string,
): Promise<void> {
  await input.focus();
  await page.keyboard.press(' ');
  await waitUntil(() => isOpen(input), 'the colour picker to open');
  // Colour well, eye dropper, hue slider, then the red, green and blue fields (each
  // selects its text when focused, so typing replaces it).
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  for (const [i, at] of [1, 3, 5].entries()) {
    const hex = color.slice(at, at + 2);
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(String(parseInt(hex, 16)));
    // Typed faster than a person would, the next Tab can overtake the field's last
    // change: go on once the page has it.
    await waitUntil(
      async () => (await input.evaluate((el) => el.value)).slice(at, at + 2) === hex,
      `${hex} at ${at} of ${color}`,
    );
  }
  await page.keyboard.press('Enter');
  await waitUntil(async () => !(await isOpen(input)), 'the colour picker to close');
}

/** Chooses `color` (`#rrggbb`) in `input` through the browser's own colour dialog. */
export async function pickColor(
  page: Page,
  input: ElementHandle<HTMLInputElement>,
  color: string,
): Promise<void> {
  if (overCdp(page)) {
    // `:open` matches as soon as the popup is asked for; on a loaded machine its page
    // may not take the keys yet (a CI run lost the first field so). Keys that went
    // nowhere change nothing: close it and go through the picker again, a few times.
    for (let attempt = 1; ; attempt++) {
      try {
        await chooseInChromiumPicker(page, input, color);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
        await waitUntil(async () => !(await isOpen(input)), 'the colour picker to close');
      }
    }
  } else {
    await inFirefoxChrome(page, STAND_IN_DIALOG, color);
    try {
      await input.click();
      await waitUntil(async () => (await input.evaluate((el) => el.value)) === color, color);
    } finally {
      await inFirefoxChrome(page, RESTORE_DIALOG);
    }
  }
  const chosen = await input.evaluate((el) => el.value);
  if (chosen !== color) throw new Error(`the colour picker chose ${chosen}, not ${color}`);
}
