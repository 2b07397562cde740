import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForTests, distDir, url } from './browser.ts';
import { builtPages } from './pages.ts';

const session = chromiumForTests();

describe.each(builtPages(distDir()))('%s', (path) => {
  test.each(['light', 'dark'] as const)('axe-core finds no violations (%s)', async (colorScheme) => {
    const page = await (await session.context({ colorScheme })).newPage();
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
  });
});
