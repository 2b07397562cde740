import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleIds, contentDir } from '../content-files.ts';
import { chromiumForTests, DESKTOP, PHONE, url } from './browser.ts';
import { readingSections } from './reading-page.ts';

const article = articleIds()[0]!;
const { issues, experts } = readingSections(article);
const sections = [...issues, ...experts];

/** The names over an issue's stances, in the order its file gives them (content/parties.yaml names them). */
function stanceNames(issue: string): string[] {
  const parties = parse(readFileSync(join(contentDir, 'parties.yaml'), 'utf8')) as { id: string; name: string }[];
  const file = readFileSync(join(contentDir, 'issues', `${issue}.md`), 'utf8');
  const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!) as { stances: { party: string }[] };
  return front.stances.map((stance) => parties.find((party) => party.id === stance.party)!.name);
}

const session = chromiumForTests();

/**
 * One tab per kind of reader (viewport, scripts on or off), shared by the tests that only
 * load a page and look: each load starts from about:blank, so a link with only another
 * #fragment is still a fresh page load, as when a reader opens a shared link.
 */
const tabs = new Map<string, Page>();
async function load(
  path: string,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean },
) {
  const key = JSON.stringify(options);
  let page = tabs.get(key);
  if (!page) {
    page = await (await session.context(options)).newPage();
    tabs.set(key, page);
  }
  await page.goto('about:blank');
  await page.goto(url(path));
  return page;
}

/** Whether the element is rendered, inside no closed <details>, and at least partly inside the viewport. */
const landed = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return 'missing';
    if (!el.checkVisibility()) return 'not visible';
    if (el.closest('details:not([open])')) return 'inside a closed <details>';
    const box = el.getBoundingClientRect();
    if (box.top >= innerHeight || box.bottom <= 0) return `outside the viewport (top ${Math.round(box.top)})`;
    return 'landed';
  }, id);

test('the article lists five issues and two experts', () => {
  expect(issues).toHaveLength(5);
  expect(experts).toEqual(expect.arrayContaining(['bates-gill', 'bonnie-glaser']));
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('deep links at %s size', (_name, viewport) => {
  test.each(sections)('/#%s lands on the open section', async (id) => {
    const page = await load(`/${article}/#${id}`, { viewport });
    await expect(landed(page, id)).resolves.toBe('landed');
    // The section's own heading is visible too, not just its box.
    const heading = page.locator(`#${id}-name`);
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  test('a link to a folded note opens it', async () => {
    const page = await (await session.context({ viewport })).newPage();
    await page.goto(url(`/${article}/`));
    const noteId = await page.locator('.column-text .note').first().getAttribute('id');
    await page.goto(url(`/${article}/#${noteId}`));
    await expect(page.locator(`details#${noteId}`).getAttribute('open')).resolves.toBe('');
    await expect(page.locator(`#${noteId} .note-body`).isVisible()).resolves.toBe(true);
  });
});

describe('without JavaScript', () => {
  test.each(sections)('#%s has its content', async (id) => {
    const page = await load(`/${article}/#${id}`, { javaScriptEnabled: false });
    const section = page.locator(`aside#${id}`);
    await expect(section.getAttribute('aria-labelledby')).resolves.toBe(`${id}-name`);
    await expect(section.locator('h3').isVisible()).resolves.toBe(true);
    // A share link to the section's own page.
    await expect(section.locator(`a[href="/${article}/${id}/"]`).count()).resolves.toBe(1);
    if (issues.includes(id)) {
      await expect(section.locator('.section-summary').isVisible()).resolves.toBe(true);
      await expect(section.locator('.stances dt').allTextContents()).resolves.toEqual(stanceNames(id));
      await expect(section.locator('.badge').textContent()).resolves.toMatch(/Agreed|Refused|Put off|No movement/);
      expect(await section.locator('.sources a[href^="https://"]').count()).toBeGreaterThan(0);
      expect(await section.locator('a[href^="#p-"], a[href^="#a-"]').count()).toBeGreaterThan(0);
    } else {
      await expect(section.locator('.person-role').isVisible()).resolves.toBe(true);
      expect(await section.locator('blockquote[cite^="#a-"]').count()).toBeGreaterThan(0);
      for (const quote of await section.locator('figure.person-quote').all()) {
        const cite = await quote.locator('blockquote').getAttribute('cite');
        await expect(quote.locator(`a[href="${cite}"]`).count()).resolves.toBe(1);
      }
    }
  });

  test('every note can be unfolded and the lens, which needs the script, is not offered', async () => {
    const page = await (await session.context({ javaScriptEnabled: false, viewport: PHONE })).newPage();
    await page.goto(url(`/${article}/`));
    const notes = page.locator('.column-text .note');
    expect(await notes.count()).toBeGreaterThan(0);
    await expect(page.locator('.lens').isVisible()).resolves.toBe(false);
    const summary = notes.first().locator('summary');
    await summary.click();
    await expect(notes.first().locator('.note-body').isVisible()).resolves.toBe(true);
  });

  test('a text fragment quoting a folded note opens that note and scrolls to it', async () => {
    const page = await (await session.context({ javaScriptEnabled: false, viewport: PHONE })).newPage();
    await page.goto(url(`/${article}/`));
    // Words from the body of the last note, which is folded and far down the page.
    const note = page.locator('.column-text .note').last();
    const id = await note.getAttribute('id');
    await expect(note.getAttribute('open')).resolves.toBeNull();
    const words = (await note.locator('.note-body p').first().textContent())!.trim().split(/\s+/).slice(0, 6);
    await page.goto(url(`/${article}/#:~:text=${encodeURIComponent(words.join(' '))}`));
    await expect.poll(() => page.locator(`details#${id}`).getAttribute('open')).toBe('');
    await expect.poll(() => landed(page, id!)).toBe('landed');
  });
});

describe('keyboard', () => {
  test('Tab reaches every section, every note and every lens button', { timeout: 240_000 }, async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/`));
    // Record where focus goes, in the page, so each Tab costs one round trip.
    const presses = await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('focusin', (event) => {
        const el = event.target as Element;
        seen.push(
          [
            el.closest('aside.section')?.id ?? '',
            el.closest('.note')?.id ?? '',
            el.matches('summary') ? 'summary' : '',
            el.getAttribute('data-lens') ?? '',
            el.matches('[data-lens]') ? 'lens' : '',
          ].join('|'),
        );
      });
      return document.querySelectorAll('a[href], button, summary').length;
    });
    for (let i = 0; i < presses + 5; i++) await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    for (const id of sections)
      expect(
        seen.some((w) => w.startsWith(`${id}|`)),
        `section ${id}`,
      ).toBe(true);
    const notes = await page.locator('.column-text .note').evaluateAll((els) => els.map((el) => el.id));
    expect(notes.length).toBeGreaterThan(0);
    for (const id of notes) expect(seen, `note ${id}`).toContain(`|${id}|summary||`);
    const lenses = await page.locator('button[data-lens]').evaluateAll((els) => els.map((el) => el.dataset.lens));
    expect(lenses.length).toBeGreaterThan(1);
    for (const lens of lenses) expect(seen, `lens ${lens}`).toContain(`|||${lens}|lens`);
  });
});
