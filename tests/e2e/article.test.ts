import { describe, expect, test } from 'vitest';
import { articleIds, articleParagraphs } from '../content-files.ts';
import { chromiumForTests, url } from './browser.ts';

const session = chromiumForTests();

describe.each(articleIds())('article page /%s/', (id) => {
  test('renders as one article with one h1 inside main, in English', async () => {
    const page = await (await session.context()).newPage();
    const response = await page.goto(url(`/${id}/`));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('main').getByRole('article').first().isVisible()).resolves.toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.locator('main article h1').count()).toBe(1);
  });

  test('carries every paragraph of the content file verbatim and in order', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${id}/`));
    const rendered = await page
      .locator('.column-text p[id^="p-"]')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(rendered).toEqual(articleParagraphs(id));
  });

  test('shows the reprint artifacts as not part of the column', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${id}/`));
    const artifacts = page.locator('.column-text [data-role="artifact"]');
    for (const artifact of await artifacts.all()) {
      await expect(artifact.getAttribute('aria-describedby')).resolves.toBeTruthy();
    }
  });
});
