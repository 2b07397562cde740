// The reading page printed to PDF, as a reader's "Save as PDF" makes it, in Chromium and
// Firefox ESR: a dozen US Letter sheets at most, every paragraph of the column verbatim
// with its note numbers, every note's summary, every correction notice and every source
// URL exactly once (in the one numbered list), no web control on paper, and every sheet
// but the last at least half full (the edition runs on without forced page breaks).
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enginesMissing, firefoxPath } from '../../scripts/engines.mjs';
import { articleIds } from '../content-files.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumForTests, distDir, url } from './browser.ts';
import { chromiumPrinter, firefoxPrinter, type Printer } from './print-engines.ts';
import { readPdf, squeeze, type PrintedSheet } from './print-pdf.ts';

const article = articleIds()[0]!;
const MAX_SHEETS = 12;

const session = chromiumForTests();

let firefox: FirefoxBrowser | undefined;
beforeAll(async () => {
  const missing = enginesMissing();
  if (missing) throw new Error(missing);
  firefox = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
});
afterAll(() => firefox?.close());

/** What the page should put on paper, read from its markup as print shows it. */
interface Expected {
  title: string;
  blocks: string[];
  summaries: string[];
  notices: string[];
  /** The list's URLs, in its order. */
  sources: string[];
  /** Every URL the page links. */
  linked: string[];
  /** Source links print shows without their number, or whose number is not their URL's. */
  misnumbered: string[];
  /** Words of the web page's controls, none of which may reach paper. */
  controls: string[];
}

async function expected(page: Page): Promise<Expected> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    // An element's text as printed: a note's number after its passage, a source's number after its link.
    const printed = (root: Element): string => {
      let text = '';
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
        if (!(node instanceof Element) || node.classList.contains('visually-hidden')) return;
        node.childNodes.forEach(walk);
        if (node instanceof HTMLAnchorElement && node.dataset.n) text += node.dataset.n;
        if (node instanceof HTMLAnchorElement && node.dataset.s) text += `[${node.dataset.s}]`;
      };
      walk(root);
      return text;
    };
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const sources = all('.page-sources li').map((li) => li.textContent!.trim());
    const shownLinks = all('a[href^="http"]').filter((a) => a.checkVisibility()) as HTMLAnchorElement[];
    return {
      title: document.querySelector('h1')!.textContent!.trim(),
      blocks: all('.column-text > :not(.notes)').map(printed),
      summaries: all('.note-summary').map((el) => el.textContent!),
      notices: all('.correction-notice').map(printed),
      sources,
      linked: [...new Set(all('a[href^="http"]').map((a) => (a as HTMLAnchorElement).href))],
      misnumbered: shownLinks
        .filter((a) => sources[Number(a.dataset.s) - 1] !== a.getAttribute('href'))
        .map((a) => a.getAttribute('href')!),
      controls: [
        ...all('.share-link, .lens h2, .contents h2, .site-header nav').map((el) => el.textContent!.trim()),
        'Report an error',
      ],
    };
  });
}

/** How many times `needle` occurs in `haystack`, overlapping occurrences included. */
const occurrences = (haystack: string, needle: string) => {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
};

/** Every URL the page links in its numbered list once and nowhere else, and no web control on paper. */
function checkSourcesAndControls(text: string, want: Expected) {
  // A URL occurs as often as the list's entries that contain it (itself, and any longer URL it begins).
  expect(want.linked.length).toBeGreaterThan(0);
  expect(new Set(want.sources)).toEqual(new Set(want.linked));
  expect(want.sources.length).toBe(want.linked.length);
  const listed = (u: string) => want.sources.filter((other) => other.includes(u)).length;
  expect(want.sources.filter((u) => occurrences(text, squeeze(u)) !== listed(u))).toEqual([]);
  want.sources.forEach((u, i) => expect(text, `list entry ${i + 1}`).toContain(`[${i + 1}]${squeeze(u)}`));
  expect(want.misnumbered).toEqual([]);
  // Each checked as a whole phrase, so a word of the text does not count.
  expect(want.controls.length).toBeGreaterThan(0);
  expect(want.controls.filter((words) => text.includes(squeeze(words)))).toEqual([]);
}

function checkEdition(sheets: PrintedSheet[], want: Expected) {
  const text = squeeze(sheets.map((sheet) => sheet.text).join('\n'));
  const figures = `${sheets.length} sheets, filled ${sheets.map((s) => Math.round(s.fill * 100)).join(' ')} %`;
  console.log(`/${article}/ printed on Letter: ${figures}`);
  expect(sheets.length, figures).toBeLessThanOrEqual(MAX_SHEETS);

  expect(want.blocks.length).toBeGreaterThan(10);
  expect(want.blocks.filter((block) => !text.includes(squeeze(block)))).toEqual([]);
  expect(want.summaries.length).toBeGreaterThan(0);
  expect(want.summaries.filter((summary) => !text.includes(squeeze(summary)))).toEqual([]);
  expect(want.notices.length).toBeGreaterThan(0);
  expect(want.notices.filter((notice) => !text.includes(squeeze(notice)))).toEqual([]);

  checkSourcesAndControls(text, want);

  // The edition runs on with no forced page break: only its last sheet may be less than half full.
  expect(
    sheets
      .slice(0, -1)
      .filter((sheet) => sheet.fill < 0.5)
      .map((sheet) => sheets.indexOf(sheet) + 1),
  ).toEqual([]);
}

async function printed(print: Printer): Promise<{ sheets: PrintedSheet[]; want: Expected }> {
  const page = await (await session.testContext()).newPage();
  await page.goto(url(`/${article}/`));
  const want = await expected(page);
  return { sheets: await readPdf(await print(url(`/${article}/`), 'Letter')), want };
}

describe(`/${article}/ printed on US Letter`, () => {
  test(`in Chromium: at most ${MAX_SHEETS} sheets, the column, its notes and corrections, each source once`, async () => {
    const browser = (await session.testContext()).browser()!;
    const { sheets, want } = await printed(chromiumPrinter(browser));
    checkEdition(sheets, want);
    // Chromium draws page-margin boxes: the title from page 2, the address, the day printed, "n of N".
    const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
    expect(squeeze(sheets[0]!.margins)).toContain(squeeze(`${url(`/${article}/`)} · printed ${today}`));
    expect(squeeze(sheets[0]!.margins)).toContain(squeeze(`1 of ${sheets.length}`));
    expect(squeeze(sheets[0]!.margins)).not.toContain(squeeze(want.title));
    expect(squeeze(sheets[1]!.margins)).toContain(squeeze(want.title));
    // Page 1 opens with the title, the dek and the asks.
    expect(squeeze(sheets[0]!.text).startsWith(squeeze(`Floorboards ${want.title}`))).toBe(true);
  });

  test(`in Firefox: at most ${MAX_SHEETS} sheets, the column, its notes and corrections, each source once`, async () => {
    const { sheets, want } = await printed(firefoxPrinter(firefox!));
    checkEdition(sheets, want);
  });
});

/** The article's share pages: its folders with a page, less the folder of its notes' own pages. */
const sharePages = () =>
  readdirSync(join(distDir(), article), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'notes')
    .filter((entry) => statSync(join(distDir(), article, entry.name, 'index.html'), { throwIfNoEntry: false }))
    .map((entry) => `/${article}/${entry.name}/`);

/** A share page or an issue's timeline prints on one or two sheets. */
const MAX_SHARE_SHEETS = 2;

describe('share pages printed on US Letter in Chromium', () => {
  test(`each cites its sources by number, lists each URL once, and takes at most ${MAX_SHARE_SHEETS} sheets`, async () => {
    const paths = sharePages();
    expect(paths.length).toBeGreaterThan(3);
    const browser = (await session.testContext()).browser()!;
    for (const path of paths) {
      const page = await (await session.testContext()).newPage();
      await page.goto(url(path));
      const want = await expected(page);
      const sheets = await readPdf(await chromiumPrinter(browser)(url(path), 'Letter'));
      console.log(`${path} printed on Letter: ${sheets.length} sheets`);
      expect(sheets.length, path).toBeLessThanOrEqual(MAX_SHARE_SHEETS);
      checkSourcesAndControls(squeeze(sheets.map((sheet) => sheet.text).join('\n')), want);
    }
  });
});

/** Each issue's timeline: the folders of /timeline/ with a page. */
const timelinePages = () =>
  readdirSync(join(distDir(), 'timeline'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => statSync(join(distDir(), 'timeline', entry.name, 'index.html'), { throwIfNoEntry: false }))
    .map((entry) => `/timeline/${entry.name}/`);

describe("each issue's timeline printed on US Letter in Chromium", () => {
  test(`takes at most ${MAX_SHARE_SHEETS} sheets, with every event`, async () => {
    const paths = timelinePages();
    expect(paths.length).toBeGreaterThan(3);
    const browser = (await session.testContext()).browser()!;
    for (const path of paths) {
      const page = await (await session.testContext()).newPage();
      await page.goto(url(path));
      const titles = await page.$$eval('.timeline-title', (els) => els.map((el) => el.textContent!));
      const sheets = await readPdf(await chromiumPrinter(browser)(url(path), 'Letter'));
      console.log(`${path} printed on Letter: ${sheets.length} sheets`);
      expect(sheets.length, path).toBeLessThanOrEqual(MAX_SHARE_SHEETS);
      const text = squeeze(sheets.map((sheet) => sheet.text).join('\n'));
      expect(titles.length, path).toBeGreaterThan(0);
      expect(
        titles.filter((title) => !text.includes(squeeze(title))),
        path,
      ).toEqual([]);
    }
  });
});
