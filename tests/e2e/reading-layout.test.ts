import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, DESKTOP, url } from './browser.ts';

const article = articleIds()[0]!;

const session = chromiumForTests();

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return { id: el.id || el.className, x, y: y + scrollY, width, height };
      }),
  );

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of notes, and every note with every paragraph, that overlap. */
async function collisions(page: Page) {
  const notes = await boxes(page, '.column-text .note');
  const paragraphs = await boxes(page, '.column-text > p');
  const found: string[] = [];
  notes.forEach((note, i) => {
    for (const other of notes.slice(i + 1)) if (overlap(note, other)) found.push(`${note.id} × ${other.id}`);
    for (const p of paragraphs) if (overlap(note, p)) found.push(`${note.id} × ${p.id}`);
  });
  return { found, notes: notes.length, paragraphs: paragraphs.length };
}

describe('wide screens (1440 × 900)', () => {
  test('notes sit in the margin, beside the column, overlapping nothing', async () => {
    const page = await (await session.context({ viewport: DESKTOP })).newPage();
    await page.goto(url(`/${article}/`));
    const result = await collisions(page);
    expect(result.notes).toBeGreaterThan(0);
    expect(result.paragraphs).toBeGreaterThan(10);
    expect(result.found).toEqual([]);
    // In the margin: every note starts to the right of every paragraph's right edge.
    const textRight = Math.max(...(await boxes(page, '.column-text > p')).map((p) => p.x + p.width));
    for (const note of await boxes(page, '.column-text .note')) expect(note.x).toBeGreaterThan(textRight);
  });

  test('opening every note still overlaps nothing', async () => {
    const page = await (await session.context({ viewport: DESKTOP })).newPage();
    await page.goto(url(`/${article}/`));
    await page.locator('.column-text details.note').evaluateAll((els) => {
      for (const el of els) (el as HTMLDetailsElement).open = true;
    });
    // Each note's toggle event, which re-places the margin notes, fires after the call above returns.
    await expect.poll(async () => (await collisions(page)).found).toEqual([]);
  });
});

describe('narrow screens', () => {
  test.each([320, 375])('no horizontal scrolling at %i px, notes folded or open', async (width) => {
    const page = await (await session.context({ viewport: { width, height: 800 } })).newPage();
    await page.goto(url(`/${article}/`));
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator('details').evaluateAll((els) => {
      for (const el of els) (el as HTMLDetailsElement).open = true;
    });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test('each note follows its paragraph as a one-line summary that unfolds', async () => {
    const page = await (await session.context({ viewport: { width: 375, height: 800 } })).newPage();
    await page.goto(url(`/${article}/`));
    const first = page.locator('.column-text .note').first();
    const [paragraphBottom, noteTop] = await first.evaluate((note) => [
      note.closest('.notes')!.previousElementSibling!.getBoundingClientRect().bottom,
      note.getBoundingClientRect().top,
    ]);
    expect(noteTop).toBeGreaterThanOrEqual(paragraphBottom!);
    await expect(first.locator('.note-body').isVisible()).resolves.toBe(false);
    await first.locator('summary').press('Enter');
    await expect(first.locator('.note-body').isVisible()).resolves.toBe(true);
  });
});

describe('print', () => {
  test('every note prints in full after the column, grouped by section, and sources are cited by number', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url(`/${article}/`));
    await expect(page.locator('.column-text .note-body').first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    const bodies = page.locator('.column-text .note-body');
    expect(await bodies.count()).toBeGreaterThan(0);
    for (const body of await bodies.all()) await expect(body.isVisible()).resolves.toBe(true);
    await expect(page.locator('.lens').isVisible()).resolves.toBe(false);
    // The column's blocks keep their place (order 0); each note follows them, ordered by its
    // group, and the first note of each group carries the group's heading.
    const notes = await page.locator('.column-text .note').evaluateAll((els) =>
      els.map((el) => ({
        n: Number(el.querySelector('.note-n')!.textContent),
        g: Number((el as HTMLElement).dataset.g),
        heading: (el as HTMLElement).dataset.group,
        order: Number(getComputedStyle(el).order),
        subject: (el as HTMLElement).dataset.subject,
      })),
    );
    const blocks = await page
      .locator('.column-text > :not(.notes)')
      .evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).order)));
    expect(new Set(blocks)).toEqual(new Set([0]));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note.order, `note ${note.n}`).toBe(note.g + 1);
    const printed = notes.toSorted((a, b) => a.order - b.order || a.n - b.n);
    printed.forEach((note, i) =>
      expect(note.heading !== undefined, `note ${note.n}`).toBe(i === 0 || printed[i - 1]!.g !== note.g),
    );
    // A group is one subject.
    for (const note of printed) expect(note.subject).toBe(printed.find((other) => other.g === note.g)!.subject);
    const cited = await page
      .locator('.column-text .note a[data-s]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(cited).toMatch(/\[\d+\]/);
  });
});
