/**
 * `npm run screenshot`: the README's pictures, taken from the real built extension in
 * Chromium on the bundled portal article, so they stay true as the code changes:
 * - docs/screenshot.png: the English article restyled (blue scheme, larger text, panel);
 * - docs/panel-en.png, panel-ru.png, panel-be.png: the panel in each language, on the
 *   article in that language, with the browser's UI in that language;
 * - docs/aids-en.png: the panel's reading aids row, with the reading guide and a
 *   70-character line length on;
 * - store-listing/screenshots/<scheme>-portal.png and <scheme>-news.png: the store listings'
 *   pictures, each colour scheme on the portal article and on a saved news page from
 *   the shared corpus (skipped where the corpus is not beside the repo).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '@/tests/e2e/support/extension-browser';
import { ExtensionStorage } from '@/tests/e2e/support/extension-storage';
import { waitForScheme } from '@/tests/e2e/support/page-look';
import { panelControl } from '@/tests/e2e/support/panel';
import { startPageServer, type PageServer } from '@/tests/e2e/support/page-server';

const SHOWN: Record<string, unknown> & { colorScheme: string } = {
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

interface Shot {
  readonly path: string;
  readonly file: string;
  readonly height: number;
  readonly settings: typeof SHOWN;
  /** Where the pointer rests (the reading guide follows it). */
  readonly pointer?: { x: number; y: number };
}

/** Takes each shot in one browser whose UI (and so Legible's) speaks `language`. */
async function shoot(server: PageServer, language: string, shots: readonly Shot[]): Promise<void> {
  const session = await launchChromium({ language });
  try {
    const options = await session.openExtensionPage('/options.html', 'button[role="switch"]');
    const storage = new ExtensionStorage(options);
    for (const { path, file, height, settings, pointer } of shots) {
      await storage.set('sync', { settings });
      // The background registers the page scripts when it sees readable mode go on.
      await new Promise((done) => setTimeout(done, 400));
      const page = await session.browser.newPage();
      await page.setViewport({ width: 1280, height });
      await page.goto(server.url(path));
      // The reading aids' row comes after the panel, from a script of its own.
      const aids = 'panelAids' in settings && settings.panelAids === true;
      await panelControl(page, aids ? '#reading-aids button' : 'button');
      if (settings.colorScheme === 'blue') {
        await waitForScheme(page, 'rgb(157, 209, 255)', 'rgb(6, 52, 98)');
      }
      if (pointer) await page.mouse.move(pointer.x, pointer.y);
      // Let the layout guard settle and the fonts draw.
      await new Promise((done) => setTimeout(done, 500));
      await page.screenshot({ path: file as `${string}.png` });
      await page.close();
      console.log(`Wrote ${file}`);
    }
  } finally {
    await session.close();
  }
}

const SCHEMES = ['black-on-white', 'white-on-black', 'blue', 'beige', 'green'] as const;
const NEWS = '/corpus/readability/bbc-1.html';

const docs = resolve('docs');
const store = resolve('store-listing/screenshots');
mkdirSync(docs, { recursive: true });
mkdirSync(store, { recursive: true });
const withNews = existsSync(resolve('../shared/corpus/readability/bbc-1.html'));
const server = await startPageServer();
try {
  const article = (language: string) => `/demo/article-${language}.html`;
  await shoot(server, 'en', [
    { path: article('en'), file: resolve(docs, 'screenshot.png'), height: 900, settings: SHOWN },
    { path: article('en'), file: resolve(docs, 'panel-en.png'), height: 420, settings: SHOWN },
    {
      path: article('en'),
      file: resolve(docs, 'aids-en.png'),
      height: 800,
      settings: { ...SHOWN, panelAids: true, readingGuide: true, lineLength: 70 },
      pointer: { x: 640, y: 560 },
    },
    // Store listings want 1280×800.
    ...SCHEMES.flatMap((colorScheme) => [
      {
        path: article('en'),
        file: resolve(store, `${colorScheme}-portal.png`),
        height: 800,
        settings: { ...SHOWN, colorScheme },
      },
      ...(withNews
        ? [
            {
              path: NEWS,
              file: resolve(store, `${colorScheme}-news.png`),
              height: 800,
              settings: { ...SHOWN, colorScheme },
            },
          ]
        : []),
    ]),
  ]);
  for (const language of ['ru', 'be']) {
    await shoot(server, language, [
      {
        path: article(language),
        file: resolve(docs, `panel-${language}.png`),
        height: 420,
        settings: SHOWN,
      },
    ]);
  }
} finally {
  await server.close();
}
