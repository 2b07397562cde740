import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForTests, distDir, url } from './browser.ts';
import { builtPages } from './pages.ts';

const session = chromiumForTests();

/**
 * One tab for every page: a page is loaded once and checked in light, then in dark
 * (`emulateMedia` switches the color scheme in place, as the reader's system setting
 * would), instead of a fresh context per check.
 */
let tab: Page | undefined;
async function pageAt(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  tab ??= await (await session.context()).newPage();
  if (tab.url() !== url(path)) await tab.goto(url(path));
  await tab.emulateMedia({ colorScheme });
  return tab;
}

describe.each(builtPages(distDir()))('%s', (path) => {
  test.each(['light', 'dark'] as const)('axe-core finds no violations (%s)', async (colorScheme) => {
    const page = await pageAt(path, colorScheme);
    expect(await page.evaluate(() => matchMedia(`(prefers-color-scheme: dark)`).matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });
});
