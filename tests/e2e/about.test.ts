import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/editorial/lint/load.ts';
import { chromiumForTests, url } from './browser.ts';

const content = loadContent();
const flaggedNotes = content.notes
  .filter((note) => ['correction', 'fact-check'].includes(String((note.data as { type?: unknown }).type)))
  .map((note) => {
    const [article, file] = note.file.split('/').slice(-2);
    return `/${article}/#note-${file!.replace(/\.md$/, '')}`;
  });

const session = chromiumForTests();

describe('/about/', () => {
  test('has one h1 and the sections a reader looks for', async () => {
    const page = await (await session.context()).newPage();
    const response = await page.goto(url('/about/'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About Floorboards');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'What this site is',
      'How the notes are made and checked',
      'Ethics and independence',
      'Where the column comes from',
      'The errors we flag',
      'Corrections policy',
      'Report an error',
      'Who publishes Floorboards',
    ]);
  });

  test('lists every correction and fact-check note, linking to it in the column', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url('/about/'));
    const section = page.getByRole('region', { name: 'The errors we flag' });
    const hrefs = await section
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(flaggedNotes.length).toBeGreaterThan(0);
    expect(hrefs.toSorted()).toEqual(flaggedNotes.toSorted());
  });

  test('states the column’s provenance: no byline, machine translation', async () => {
    const page = await (await session.context()).newPage();
    await page.goto(url('/about/'));
    const provenance = await page.getByRole('region', { name: 'Where the column comes from' }).textContent();
    expect(provenance).toContain('no byline');
    expect(provenance).toMatch(/machine-translated/);
  });

  test('is linked from the site navigation, next to Analyses, Archive and Timeline, without JavaScript', async () => {
    const page = await (await session.context({ javaScriptEnabled: false })).newPage();
    await page.goto(url('/'));
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Analyses', 'Archive', 'Timeline', 'About']),
    );
    await nav.getByRole('link', { name: 'About' }).click();
    await page.waitForURL(/\/about\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('About Floorboards');
  });
});
