import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumForTests, origin, url } from './browser.ts';
import { SITE } from './share-site.ts';

const ARTICLE = 'blinken-beijing-2023';
const SHARE_URL = `${SITE}/${ARTICLE}/taiwan/`;

const session = chromiumForTests();

/** A browser where the page may use the clipboard, as after a reader allows it. */
async function clipboardContext(): Promise<BrowserContext> {
  const context = await session.testContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
  return context;
}

// Where the Taiwan section's share control sits: in the section on the reading page, and on its own share page.
describe.each([
  ['the reading page', `/${ARTICLE}/#taiwan`, '#taiwan'],
  ['the share page', `/${ARTICLE}/taiwan/`, 'main'],
])('the Taiwan share control on %s', (_where, path, scope) => {
  test('without the Web Share API, copies the share URL to the clipboard and announces it', async () => {
    const context = await clipboardContext();
    // Desktop Chromium on Linux has no navigator.share; make sure of it so that the copy path is the one tested.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
    // What this page hands the clipboard, kept on the page: the browser's clipboard is shared by every
    // test file connected to it, so it can hold another file's text by the time this one reads it.
    await context.addInitScript(() => {
      const write = Clipboard.prototype.writeText;
      const copied: string[] = [];
      Object.defineProperty(window, 'copiedByPage', { value: copied });
      Clipboard.prototype.writeText = function (text: string) {
        copied.push(text);
        return write.call(this, text);
      };
    });
    const page = await context.newPage();
    await page.goto(url(path));
    const section = page.locator(scope).first();
    const button = section.getByRole('button', { name: 'Share: Taiwan' });
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    await button.click();
    const status = section.locator('[aria-live="polite"]').first();
    await status.filter({ hasText: 'copied' }).waitFor();
    expect(await status.textContent()).toBe(`Link copied: ${SHARE_URL}`);
    expect(await page.evaluate(() => (window as unknown as { copiedByPage: string[] }).copiedByPage)).toEqual([
      'nothing yet',
      SHARE_URL,
    ]);
  });

  test('with the Web Share API, hands the share URL to it and says so', async () => {
    const context = await session.testContext();
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        value: async (data: ShareData) => void shared.push(data),
      });
    });
    const page = await context.newPage();
    await page.goto(url(path));
    const section = page.locator(scope).first();
    await section.getByRole('button', { name: 'Share: Taiwan' }).press('Enter');
    await section.locator('[aria-live="polite"]').first().filter({ hasText: 'Shared.' }).waitFor();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: 'Taiwan', url: SHARE_URL }]);
  });

  test('without JavaScript, is a link that leads to the share page', async () => {
    const page = await (await session.testContext({ javaScriptEnabled: false })).newPage();
    await page.goto(url(path));
    const section = page.locator(scope).first();
    expect(await section.getByRole('button', { name: 'Share: Taiwan' }).count()).toBe(0);
    await section.getByRole('link', { name: 'Share: Taiwan' }).click();
    await page.waitForURL(url(`/${ARTICLE}/taiwan/`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Taiwan');
  });
});
