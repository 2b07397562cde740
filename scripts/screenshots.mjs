// Retakes the README's screenshots of the reading page from the built site:
//   npm run build && node scripts/screenshots.mjs
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { startServer } from './static-server.mjs';

const ARTICLE = '/blinken-beijing-2023/';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 800 };

/** Waits for the front page's preview cards, which load lazily. */
const cardsLoaded = (page) =>
  page.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((img) => img.decode().catch(() => {}))));

/** name, viewport, colour scheme, path, and what to do before the picture. */
const SHOTS = [
  ['reading-desktop-light', DESKTOP, 'light', `${ARTICLE}#p-2`],
  ['reading-desktop-dark', DESKTOP, 'dark', `${ARTICLE}#taiwan`],
  ['reading-desktop-lens', DESKTOP, 'light', `${ARTICLE}?lens=fentanyl#p-7`],
  [
    'reading-phone-light',
    PHONE,
    'light',
    `${ARTICLE}#p-2`,
    (page) =>
      page
        .locator('details.note')
        .first()
        .evaluate((d) => (d.open = true)),
  ],
  ['reading-phone-dark', PHONE, 'dark', `${ARTICLE}#bates-gill`],
  ['front-desktop-light', DESKTOP, 'light', '/', cardsLoaded],
  ['front-phone-dark', PHONE, 'dark', '/', cardsLoaded],
];

const { server, origin } = await startServer({ root: process.env.ASTRO_OUT_DIR ?? 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  for (const [name, viewport, colorScheme, path, prepare] of SHOTS) {
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(origin + path);
    await prepare?.(page);
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
