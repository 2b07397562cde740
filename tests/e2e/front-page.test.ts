import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleIds, contentDir } from '../content-files.ts';
import { chromiumForTests, distDir, url } from './browser.ts';
import { builtFile } from './built-site.ts';

const session = chromiumForTests();

type Data = Record<string, unknown> & { corrections?: { date: string }[] };
const frontmatter = (file: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Data;
const markdownIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownIn(path) : name.endsWith('.md') ? [path] : [];
  });
const events = parse(readFileSync(join(contentDir, 'events.yaml'), 'utf8')) as (Data & {
  id: string;
  date: string;
  issues: string[];
})[];

/** What the front page should list, worked out from content/ alone. */
function expected(articleId: string) {
  const article = frontmatter(join(contentDir, 'articles', `${articleId}.md`)) as Data & {
    published: string;
    issues: string[];
    people: string[];
    asks: { label: string; outcome: string; issue?: string }[];
  };
  const after = (date: string) => date.slice(0, article.published.length) > article.published;
  const next = events
    .filter((e) => after(e.date) && e.issues.some((issue) => article.issues.includes(issue)))
    .map((e) => e.date)
    .toSorted()
    .reverse();
  return { article, next };
}

const allCorrectionDates = () =>
  [...['issues', 'people', 'notes'].flatMap((dir) => markdownIn(join(contentDir, dir)).map(frontmatter)), ...events]
    .flatMap((entry) => entry.corrections ?? [])
    .map((c) => c.date)
    .toSorted()
    .reverse();

const outcomeWords: Record<string, string> = {
  agreed: 'Agreed',
  refused: 'Refused',
  'put-off': 'Put off',
  'no-movement': 'No movement',
};

describe.each(articleIds())('the front page’s entry for %s', (id) => {
  const { article, next } = expected(id);
  const open = async (width = 1440) => {
    const page = await (await session.testContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto(url('/'));
    return page.locator(`article[aria-labelledby="${id}-title"]`);
  };

  test('links to the analysis and shows its preview card, lazily, at its size, with alt text', async () => {
    const entry = await open();
    await expect(entry.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href')).resolves.toBe(
      `/${id}/`,
    );
    const img = entry.locator('img');
    const attributes = await img.evaluate((el: HTMLImageElement) => ({
      src: el.getAttribute('src'),
      width: el.getAttribute('width'),
      height: el.getAttribute('height'),
      loading: el.loading,
      alt: el.alt,
    }));
    expect(attributes).toMatchObject({ src: `/og/${id}.png`, width: '1200', height: '630', loading: 'lazy' });
    expect(attributes.alt.length).toBeGreaterThan(10);
    expect(builtFile(distDir(), attributes.src!)).toBeDefined();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
  });

  test('scores each thing asked for, in words, linked to its issue’s section', async () => {
    const rows = (await open()).locator('.scorecard li');
    expect(await rows.count()).toBe(article.asks.length);
    for (const [i, ask] of article.asks.entries()) {
      const row = rows.nth(i);
      await expect(row.textContent()).resolves.toContain(ask.label);
      await expect(row.textContent()).resolves.toContain(outcomeWords[ask.outcome]);
      if (ask.issue) await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(`/${id}/#${ask.issue}`);
    }
  });

  test('links every issue and person to its section of the analysis', async () => {
    const entry = await open();
    const hrefs = await entry
      .locator('.analysis-sections a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([...article.issues, ...article.people].map((section) => `/${id}/#${section}`));
    const articleHtml = readFileSync(builtFile(distDir(), `/${id}/`)!, 'utf8');
    for (const section of [...article.issues, ...article.people]) expect(articleHtml).toContain(`id="${section}"`);
  });

  test('lists the newest of what happened next, newest first, each with its source', async () => {
    const items = (await open()).locator('.next li');
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime'),
        source: li.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    expect(next.length).toBeGreaterThan(0);
    expect(shown.map((item) => item.date)).toEqual(next.slice(0, 4));
    for (const item of shown) expect(item.source).toMatch(/^https:\/\//);
  });

  test('fits a 320 px screen without scrolling sideways', async () => {
    const entry = await open(320);
    const page = entry.page();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect((await entry.locator('img').boundingBox())!.width).toBeLessThanOrEqual(320);
  });
});

test('the front page lists the site’s newest corrections, newest first, each linked to what it corrects', async () => {
  const page = await (await session.testContext()).newPage();
  await page.goto(url('/'));
  const section = page.getByRole('region', { name: 'Newest corrections' });
  const dates = allCorrectionDates();
  const items = section.locator('li');
  if (dates.length === 0) {
    await expect(section.textContent()).resolves.toContain('No corrections yet');
    return;
  }
  const shown = await items.evaluateAll((lis) =>
    lis.map((li) => ({ date: li.querySelector('time')?.getAttribute('datetime'), link: !!li.querySelector('a') })),
  );
  expect(shown.map((item) => item.date)).toEqual(dates.slice(0, 5));
  expect(shown.every((item) => item.link)).toBe(true);
});

test('the archive: the front page links each year with its count, and each year lists its analyses', async () => {
  const published = new Map(
    articleIds().map((id) => [id, String(frontmatter(join(contentDir, 'articles', `${id}.md`)).published)]),
  );
  const years = [...new Set([...published.values()].map((date) => date.slice(0, 4)))].toSorted().reverse();
  const page = await (await session.testContext()).newPage();
  await page.goto(url('/'));
  const nav = page.getByRole('navigation', { name: 'Every analysis, by year' });
  const links = await nav
    .locator('li')
    .evaluateAll((lis) =>
      lis.map((li) => [li.querySelector('a')?.getAttribute('href'), li.textContent?.replace(/\s+/g, ' ').trim()]),
    );
  const count = (year: string) => [...published.values()].filter((date) => date.startsWith(year)).length;
  expect(links).toEqual(
    years.map((year) => [
      `/archive/${year}/`,
      `${year} (${count(year)} ${count(year) === 1 ? 'analysis' : 'analyses'})`,
    ]),
  );
  for (const year of years) {
    await page.goto(url(`/archive/${year}/`));
    const listed = await page.locator('.archive-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = [...published]
      .filter(([, date]) => date.startsWith(year))
      .toSorted(([a, x], [b, y]) => y.localeCompare(x) || a.localeCompare(b))
      .map(([id]) => `/${id}/`);
    expect(listed).toEqual(expected);
    await expect(page.locator(`a[aria-current="page"]`).textContent()).resolves.toContain(year);
  }
});
