/**
 * `npm start` (after the builds): opens Chromium with the built extension on the bundled
 * demo page, the portal article. Where there is no display, or with
 * `--screenshot <file>`, it turns readable mode on as a user would (popup switch, blue
 * scheme) and writes a screenshot of the restyled demo page instead. (The README's
 * pictures come from scripts/screenshots.ts.)
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { launchChromium } from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { startPageServer } from '@/tests/e2e/support/page-server';

const DEMO = '/demo/article-en.html';
const args = process.argv.slice(2);
const screenshotArg = args.indexOf('--screenshot');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function openInteractive(): Promise<void> {
  const server = await startPageServer();
  const session = await launchChromium({ headless: false });
  const [first] = await session.browser.pages();
  const page = first ?? (await session.browser.newPage());
  await page.goto(server.url(DEMO));
  console.log(`Chromium is open on ${server.url(DEMO)} with Legible loaded.`);
  console.log(
    'Click the Legible icon in the toolbar and switch readable mode on. Close the window to stop.',
  );
  await new Promise((done) => session.browser.once('disconnected', done));
  await server.close();
}

async function writeScreenshot(file: string): Promise<void> {
  const server = await startPageServer();
  const session = await launchChromium({ extraArgs: ['--window-size=1280,900'] });
  try {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url(DEMO));
    const popup = await session.openExtensionPage('/popup.html', 'button[role="switch"]');
    await new ExtensionStorage(popup).set('sync', {
      settings: { version: 1, colorScheme: 'blue' },
    });
    await popup.click('button[role="switch"]');
    await popup.close();
    await waitForScheme(page, 'rgb(157, 209, 255)', 'rgb(6, 52, 98)');
    mkdirSync(dirname(file), { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: file as `${string}.png` });
    console.log(
      `Wrote ${file}: the demo page restyled by Legible (readable mode on, blue scheme).`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

if (screenshotArg >= 0) {
  await writeScreenshot(resolve(args[screenshotArg + 1] ?? 'docs/screenshot.png'));
} else if (hasDisplay) {
  await openInteractive();
} else {
  console.log('No display here ($DISPLAY is not set), so no browser window can open.');
  await writeScreenshot(resolve('.output/demo-screenshot.png'));
}
