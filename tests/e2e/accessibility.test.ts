import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { distDir, launch, url, type Session } from './browser.ts';
import { builtPages } from './pages.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(() => session?.close());

describe.each(builtPages(distDir()))('%s', (path) => {
  test.each(['light', 'dark'] as const)('axe-core finds no violations (%s)', async (colorScheme) => {
    const page = await (await session.context({ colorScheme })).newPage();
    await page.goto(url(path));
    expect(await axeViolations(page)).toEqual([]);
  });
});
