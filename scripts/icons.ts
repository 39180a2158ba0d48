/**
 * `npm run icons`: draws assets/icon.svg at every size the stores and browsers ask for
 * (16, 32, 48, 96, 128 px) with headless Chromium, into public/icon/<size>.png, which
 * WXT puts in the manifest. Run it after changing the drawing; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '@/tests/e2e/support/extension-browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const out = resolve('public/icon');
mkdirSync(out, { recursive: true });

const profile = resolve('.output/icons-profile');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags(profile),
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><div id="icon" style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div></body></html>`,
    );
    const icon = await page.$('#icon');
    await icon?.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
    console.log(`Wrote public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
