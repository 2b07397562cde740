import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, url } from './browser.ts';
import { readingSections } from './reading-page.ts';

const article = articleIds()[0]!;
const [first, second] = readingSections(article).issues;

const session = chromiumForTests();

/** The subjects of the notes shown and hidden in the column. */
const noteSubjects = (page: Page) =>
  page.locator('.column-text .note').evaluateAll((notes) => ({
    shown: notes.filter((n) => n.checkVisibility()).map((n) => n.getAttribute('data-subject')),
    hidden: notes.filter((n) => !n.checkVisibility()).map((n) => n.getAttribute('data-subject')),
  }));

describe('issue lens', () => {
  test(`?lens=${first} shows only that issue's notes, dims the rest, and says so`, async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/?lens=${first}`));
    const { shown, hidden } = await noteSubjects(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([first]));
    expect(hidden).not.toContain(first);
    await expect(page.locator(`button[data-lens="${first}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.locator('.column-text > p.is-dimmed').count()).toBeGreaterThan(0);
    await expect(page.locator('.lens [role="status"]').textContent()).resolves.toMatch(/notes? shown/);
  });

  test('the keyboard changes the lens, the URL keeps it, and a reload restores it', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/`));
    await expect(page.locator('.lens').isVisible()).resolves.toBe(true);
    expect((await noteSubjects(page)).hidden).toEqual([]);
    await page.locator(`button[data-lens="${second}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('lens')).toBe(second);
    await page.reload();
    await expect(page.locator(`button[data-lens="${second}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(new Set((await noteSubjects(page)).shown)).toEqual(new Set([second]));
    await page.locator('button[data-lens=""]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.has('lens')).toBe(false);
    expect((await noteSubjects(page)).hidden).toEqual([]);
    await expect(page.locator('.lens [role="status"]').textContent()).resolves.toBe('All notes shown.');
  });

  test('an unknown lens shows every note', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/?lens=no-such-issue`));
    expect((await noteSubjects(page)).hidden).toEqual([]);
  });
});

describe('passage and note highlight', () => {
  test('hovering a note lights its passages; focusing a passage link lights its note', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/`));
    const note = page.locator('.column-text .note').first();
    const name = await note.getAttribute('data-note');
    await note.hover();
    const passages = page.locator(`mark.passage[data-notes~="${name}"]`);
    expect(await passages.count()).toBeGreaterThan(0);
    await expect(passages.first().getAttribute('class')).resolves.toContain('is-linked');
    await page.mouse.move(0, 0);
    await expect(passages.first().getAttribute('class')).resolves.not.toContain('is-linked');
    await page.locator(`a[data-n][href="#note-${name}"]`).first().focus();
    await expect(note.getAttribute('class')).resolves.toContain('is-linked');
  });
});
