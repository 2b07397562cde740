// The editor's desk (src/editor/) against `astro dev` on a copy of content/: a note made by
// selecting words and filling the form is written with a selector that anchors once, builds,
// and shows on the built page; repeated words get a prefix or suffix; a bad source URL is
// refused under its field with nothing written; content problems are listed with file and
// line, and the note that has one is outlined on the page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { anchorsInArticle } from '../../src/editor/server/column-text.ts';
import { parseMarkdown } from '../../src/editorial/lint/load.ts';
import { ContentFixture } from '../build/fixture.ts';
import { chromiumForTests } from './browser.ts';
import { startDevServer, type DevServer } from './dev-server.ts';

const ARTICLE = 'blinken-beijing-2023';
const browser = chromiumForTests();
let fixture: ContentFixture;
let server: DevServer;

beforeAll(async () => {
  fixture = new ContentFixture();
  server = await startDevServer(fixture.content, join(fixture.dir, 'dev-cache'), `/${ARTICLE}/`);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  fixture?.remove();
});

const notePath = (name: string) => join(fixture.content, 'notes', ARTICLE, `${name}.md`);

/** The desk's panel: the toolbar app's canvas (an open shadow root Playwright's locators enter). */
const deskOf = (page: Page) => page.locator('astro-dev-toolbar-app-canvas[data-app-id="floorboards-editor"]');

/** Opens the column's page in the dev server and the desk on it. */
async function openDesk() {
  const context = await browser.testContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/${ARTICLE}/`);
  const desk = deskOf(page);
  // A CSS locator, not a role: roles leave out what is hidden, and the desk starts hidden.
  const heading = desk.locator('h3', { hasText: 'New note on' });
  // The toolbar opens an app once the app has started (its panel is in the canvas), and a
  // fresh server may reload the page while it bundles the toolbar's code: open the desk once
  // on each page load, until it shows.
  let loads = 0;
  let opened = -1;
  page.on('load', () => (loads += 1));
  await expect
    .poll(async () => {
      if (await heading.isVisible()) return true;
      if (opened !== loads && (await heading.count()) > 0) {
        opened = loads;
        await page.getByRole('button', { name: 'Editor’s desk' }).click();
      }
      return heading.isVisible();
    })
    .toBe(true);
  return { page, desk };
}

/** Selects `words` in the column's paragraph that contains `inParagraph`. */
async function select(page: Page, words: string, inParagraph: string) {
  const selected = await page.evaluate(
    ([words, inParagraph]) => {
      const paragraph = [...document.querySelectorAll('.column-text [id^="p-"]')].find((p) =>
        p.textContent?.includes(inParagraph),
      );
      const start = paragraph?.textContent?.indexOf(words) ?? -1;
      if (!paragraph || start === -1) return '';
      const range = document.createRange();
      let offset = 0;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const end = offset + node.data.length;
        if (start >= offset && start < end) range.setStart(node, start - offset);
        if (start + words.length > offset && start + words.length <= end)
          range.setEnd(node, start + words.length - offset);
        offset = end;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    },
    [words, inParagraph],
  );
  expect(selected).toBe(words);
}

interface Fill {
  name: string;
  summary: string;
  url?: string;
}

/** Fills the form as an editor would: type, subject, summary, body, one source, file name. */
async function fillAndSave(page: Page, fill: Fill) {
  const desk = deskOf(page);
  await desk.getByRole('button', { name: 'New note' }).click();
  await desk.getByLabel('Type', { exact: true }).selectOption('context');
  await desk.getByLabel('Issue or person').selectOption({ label: 'Semiconductors' });
  await desk.getByLabel('Summary', { exact: true }).fill(fill.summary);
  await desk
    .getByLabel('Note', { exact: true })
    .fill('The column’s words here are its own; this note is a test of the editor’s desk.');
  await desk.getByLabel('Title', { exact: true }).fill('Test source');
  await desk.getByLabel('Publisher', { exact: true }).fill('Nasdaq, reposting Reuters');
  await desk.getByLabel('Date', { exact: true }).fill('2023-06-19');
  await desk.getByLabel('URL', { exact: true }).fill(fill.url ?? 'https://www.nasdaq.com/articles/test-source');
  await desk.getByLabel('File name', { exact: true }).fill(fill.name);
  await desk.getByRole('button', { name: 'Save note' }).click();
  return desk;
}

/** The selectors a saved note file holds. */
function savedTarget(name: string) {
  const note = parseMarkdown(notePath(name), readFileSync(notePath(name), 'utf8'));
  return (note.data as { target: { exact: string; prefix?: string; suffix?: string } }).target;
}

describe('the editor’s desk in astro dev', () => {
  test('a selected passage and a filled form make a note that anchors once', async () => {
    const { page, desk } = await openDesk();
    await select(page, 'lay a foundation', 'lay a foundation for relations');
    await fillAndSave(page, { name: 'desk-foundation', summary: 'A note made at the desk' });
    await expect.poll(() => desk.getByRole('status').textContent()).toMatch(/^Saved .*desk-foundation\.md/);
    const target = savedTarget('desk-foundation');
    expect(target).toEqual({ exact: 'lay a foundation' });
    expect(await anchorsInArticle(fixture.read(`articles/${ARTICLE}.md`), target)).toBe(1);
  });

  test('words that occur twice get a prefix or suffix that makes them anchor once', async () => {
    const { page, desk } = await openDesk();
    await select(page, 'from advanced semiconductor', 'For months, the two superpowers');
    await fillAndSave(page, { name: 'desk-repeated', summary: 'A note on repeated words' });
    await expect.poll(() => desk.getByRole('status').textContent()).toMatch(/^Saved .*desk-repeated\.md/);
    const target = savedTarget('desk-repeated');
    expect(target.exact).toBe('from advanced semiconductor');
    expect(Boolean(target.prefix || target.suffix)).toBe(true);
    expect(await anchorsInArticle(fixture.read(`articles/${ARTICLE}.md`), { exact: target.exact })).toBe(2);
    expect(await anchorsInArticle(fixture.read(`articles/${ARTICLE}.md`), target)).toBe(1);
  });

  test('the notes build and appear on the built page', { timeout: 240_000 }, () => {
    const build = fixture.build();
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(build.outDir, ARTICLE, 'index.html'), 'utf8');
    expect(html.includes('data-note="desk-foundation"'), 'the first note on the built page').toBe(true);
    expect(html.includes('data-note="desk-repeated"'), 'the second note on the built page').toBe(true);
  });

  test('a source URL that is not https is refused under its field, and nothing is written', async () => {
    const { page, desk } = await openDesk();
    await select(page, 'kept expectations low', 'both sides kept expectations low');
    await fillAndSave(page, {
      name: 'desk-bad-url',
      summary: 'A note with a bad source',
      url: 'http://www.nasdaq.com/x',
    });
    await expect.poll(() => desk.getByRole('status').textContent()).toMatch(/^Not saved/);
    const url = desk.getByLabel('URL', { exact: true });
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    const problem = desk.locator('#problem-sources-0-url');
    expect(await problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toMatch(/https/);
    expect(existsSync(notePath('desk-bad-url'))).toBe(false);
  });

  test('content problems are listed with file and line, and the note is outlined', async () => {
    // A source label that names another site than its URL's: a lint rule, not a build stop.
    fixture.edit(`notes/${ARTICLE}/desk-foundation.md`, 'Nasdaq, reposting Reuters', 'Reuters');
    const { page, desk } = await openDesk();
    const item = desk.locator('ul.problems li', { hasText: 'desk-foundation.md' });
    await expect.poll(() => item.textContent()).toMatch(/desk-foundation\.md:\d+ .*does not name the site/);
    const outline = () =>
      page.locator('[data-note="desk-foundation"]').evaluate((el) => (el as HTMLElement).style.outline);
    await expect.poll(outline).toMatch(/solid/);
  });
});
