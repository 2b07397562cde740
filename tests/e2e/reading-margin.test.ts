import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { chromiumForTests, url } from './browser.ts';
import { expectContinuous, expectPlaced, layoutLine, NOTE_GAP } from './layout-expect.ts';
import { measureLayout } from './layout-measure.ts';
import { readingSections } from './reading-page.ts';

const article = articleIds()[0]!;
const issues = readingSections(article).issues;
const session = chromiumForTests();

async function open(width: number, javaScriptEnabled: boolean, query = '') {
  const page = await (await session.testContext({ viewport: { width, height: 900 }, javaScriptEnabled })).newPage();
  await page.goto(url(`/${article}/${query}`));
  return page;
}

const figures = async (page: Page, label: string) => {
  const result = await page.evaluate(measureLayout);
  console.log(layoutLine('Chromium', label, result));
  return result;
};

describe.each([1440, 1100])('wide screens, %i px', (width) => {
  test('with JavaScript: the column runs on, each note level with its passage or just below the one before', async () => {
    expectPlaced(await figures(await open(width, true), `${width} px, JS`));
  });

  test('without JavaScript: the column runs on, notes float in the margin apart and in order', async () => {
    const page = await open(width, false);
    const result = await figures(page, `${width} px, no JS`);
    expectContinuous(result);
    // Not placed by a script: a float starts below its paragraph, so some note sits below its passage.
    expect(result.maxSlack).toBeGreaterThan(NOTE_GAP);
  });

  test('with an issue lens the remaining notes close up', async () => {
    const page = await open(width, true);
    // The issue with the most notes, so that several close up.
    const counts = await Promise.all(
      issues.map((id) => page.locator(`.column-text .note[data-subject="${id}"]`).count()),
    );
    const lens = issues[counts.indexOf(Math.max(...counts))]!;
    await page.goto(url(`/${article}/?lens=${lens}`));
    const result = await figures(page, `${width} px, lens ${lens}`);
    expectPlaced(result);
    expect(result.notes.length).toBeGreaterThan(1);
    expect(result.notes.length).toBe(await page.locator(`.column-text .note[data-subject="${lens}"]`).count());
    // Back to every note, by the lens's own button.
    await page.locator('[data-lens-control] button').first().click();
    const all = await figures(page, `${width} px, lens cleared`);
    expectPlaced(all);
    expect(all.notes.length).toBe(await page.locator('.column-text .note').count());
  });
});

describe('re-flow', () => {
  test('opening a note moves the notes after it down, closing it brings them back', async () => {
    const page = await open(1440, true);
    const before = await page.evaluate(measureLayout);
    const second = page.locator('.column-text .note').nth(1);
    await second.locator('summary').click();
    await expect.poll(() => second.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const opened = await figures(page, '1440 px, note 2 open');
    expectPlaced(opened);
    expect(opened.notes.at(-1)!.drift).toBeGreaterThan(before.notes.at(-1)!.drift);
    await second.locator('summary').click();
    await expect.poll(() => page.evaluate(measureLayout)).toEqual(before);
  });

  test('narrowing the window folds the notes under their paragraphs; widening puts them back', async () => {
    const page = await open(1440, true);
    await page.setViewportSize({ width: 375, height: 800 });
    const first = page.locator('.column-text .note').first();
    await expect
      .poll(() =>
        first.evaluate((note) => {
          const paragraph = note.closest('.notes')!.previousElementSibling!.getBoundingClientRect();
          const box = note.getBoundingClientRect();
          return (
            getComputedStyle(note).position === 'static' && box.top >= paragraph.bottom && box.left < paragraph.right
          );
        }),
      )
      .toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await page.evaluate(measureLayout)).maxSlack).toBeLessThanOrEqual(NOTE_GAP);
    expectPlaced(await figures(page, '1440 px after 375 px'));
  });
});
