/**
 * `npm run screenshot`: the README's pictures, taken from the real built extension in
 * Chromium on the bundled portal article, so they stay true as the code changes:
 * - docs/screenshot.png: the English article restyled (blue scheme, larger text, panel);
 * - docs/panel-en.png, panel-ru.png, panel-be.png: the panel in each language, on the
 *   article in that language, with the browser's UI in that language.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { panelControl } from '@/tests/e2e/support/panel';
import { startPageServer, type PageServer } from '@/tests/e2e/support/page-server';

const SHOWN = {
  version: 1,
  enabled: true,
  fontFamily: 'arial',
  fontScale: 1.25,
  letterSpacing: 0,
  wordSpacing: 0,
  lineHeight: null,
  colorScheme: 'blue',
  images: 'show',
  panel: true,
  panelCollapsed: false,
};

async function shoot(
  server: PageServer,
  language: string,
  file: string,
  height: number,
): Promise<void> {
  const session = await launchChromium({ language });
  try {
    const options = await session.openExtensionPage('/options.html', 'button[role="switch"]');
    await new ExtensionStorage(options).set('sync', { settings: SHOWN });
    await options.close();
    // The background registers the page scripts when it sees readable mode go on.
    await new Promise((done) => setTimeout(done, 400));
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height });
    await page.goto(server.url(`/demo/article-${language}.html`));
    await panelControl(page, 'button');
    await waitForScheme(page, 'rgb(157, 209, 255)', 'rgb(6, 52, 98)');
    // Let the layout guard settle and the fonts draw.
    await new Promise((done) => setTimeout(done, 500));
    await page.screenshot({ path: file as `${string}.png` });
    console.log(`Wrote ${file}`);
  } finally {
    await session.close();
  }
}

const dir = resolve('docs');
mkdirSync(dir, { recursive: true });
const server = await startPageServer();
try {
  await shoot(server, 'en', resolve(dir, 'screenshot.png'), 900);
  for (const language of ['en', 'ru', 'be']) {
    await shoot(server, language, resolve(dir, `panel-${language}.png`), 420);
  }
} finally {
  await server.close();
}
