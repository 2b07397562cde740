import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { articleIds, articleNoteNames, articlePeople } from '../content-files.ts';
import { builtPages } from '../e2e/pages.ts';
import { expectContinuous, expectPlaced, layoutLine, NOTE_GAP } from '../e2e/layout-expect.ts';
import { measureLayout } from '../e2e/layout-measure.ts';
import { readingSections } from '../e2e/reading-page.ts';
import { pollUntil, waitUntil, type Engine, type EnginePage, type PageOptions } from './engine.ts';
import { figureReport } from './figures-in-page.ts';
import { highlightedInView, listedLinks, searchResults } from './search-in-page.ts';
import {
  atPage,
  busiestIssue,
  firstNoteId,
  landed,
  layoutReport,
  lensIs,
  lensState,
  mentionDecoration,
  noteOpenInView,
  shareControl,
} from './in-page.ts';

const article = articleIds()[0]!;
const { issues, experts } = readingSections(article);
const sections = [...issues, ...experts];
const [firstIssue, secondIssue] = issues as [string, string];
const people = articlePeople(article);
const noteNames = articleNoteNames(article);

export const PHONE = { width: 375, height: 800 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

/**
 * The checks every engine runs, as a reader meets the site: the reading page at phone
 * and desktop width, deep links, a folded note opened from a link, the lens, the share
 * control without JavaScript, and a clean console on every built page. Written once
 * against `Engine`; `<engine>.test.ts` only says which engine.
 */
export function readerChecks(launch: () => Promise<Engine>) {
  let engine: Engine | undefined;
  const opened: EnginePage[] = [];
  beforeAll(async () => {
    engine = await launch();
  }, 120_000);
  // Every check fails on anything its pages reported: an uncaught exception, an `error`
  // event (such as a ResizeObserver loop), a console error or a policy violation.
  afterEach(async () => {
    const pages = opened.splice(0);
    const reported = (await Promise.all(pages.map((page) => page.errors()))).flat();
    await Promise.all(pages.map((page) => page.close()));
    expect(reported, `${engine?.name ?? 'the engine'}: errors reported by the page`).toEqual([]);
  });
  afterAll(() => engine?.close());

  const open = async (options: PageOptions) => {
    if (!engine) throw new Error('the engine did not start');
    const page = await engine.open(options);
    opened.push(page);
    return page;
  };

  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('at %s size', (size, viewport) => {
    test(`the column renders at ${viewport.width} px: no horizontal scroll, no note over a paragraph or another note`, async () => {
      const page = await open(viewport);
      await page.goto(`/${article}/`);
      // The margin script places notes after `load` (and after the window's resize): read the
      // layout once it has settled into a clean state, or at the deadline, and assert on that.
      const report = await pollUntil(
        page,
        layoutReport,
        undefined,
        (r) => r.collisions.length === 0 && (size === 'phone' || r.notesLeft > r.textRight),
      );
      console.log(
        `${engine!.name} ${viewport.width} px: ${report.notes} notes, ${report.paragraphs} paragraphs, ` +
          `${report.collisions.length} overlaps, overflow ${report.overflow} px`,
      );
      expect(report.viewport).toBe(viewport.width);
      expect(report.notes).toBeGreaterThan(0);
      expect(report.paragraphs).toBeGreaterThan(10);
      expect(report.overflow).toBeLessThanOrEqual(0);
      expect(report.collisions).toEqual([]);
      if (size === 'desktop') {
        // Notes in the margin, right of the text, each starting no higher than its paragraph.
        expect(report.notesLeft).toBeGreaterThan(report.textRight);
        for (const group of report.groups) expect(group.top).toBeGreaterThanOrEqual(group.paragraphTop - 1);
      } else {
        // Folded under their paragraph.
        for (const group of report.groups) expect(group.top).toBeGreaterThanOrEqual(group.paragraphBottom - 1);
      }
    });

    test(`every issue's figure loads at ${viewport.width} px, fits the screen and has its data table`, async () => {
      const page = await open(viewport);
      await page.goto(`/${article}/`);
      const report = await page.evaluate(figureReport, undefined);
      expect(report.figures.map((f) => f.id).sort()).toEqual([...issues].sort());
      for (const figure of report.figures) {
        expect(figure, figure.id).toMatchObject({ loaded: true });
        expect(figure.natural, figure.id).toBeGreaterThan(0);
        expect(figure.width, figure.id).toBeGreaterThan(100);
        expect(figure.height, figure.id).toBeGreaterThan(100);
        expect(figure.right, figure.id).toBeLessThanOrEqual(report.viewport);
        expect(figure.tables, figure.id).toBeGreaterThan(0);
      }
    });

    test.each(sections)('a link to #%s lands on the section, in view', async (id) => {
      const page = await open(viewport);
      await page.goto(`/${article}/#${id}`);
      expect(await waitUntil(page, landed, id)).toBe(true);
      expect(await waitUntil(page, landed, `${id}-name`)).toBe(true);
    });

    test('a link to a folded note opens it, in view', async () => {
      const page = await open(viewport);
      await page.goto(`/${article}/`);
      const note = await page.evaluate(firstNoteId, undefined);
      expect(note).not.toBe('');
      await page.goto(`/${article}/#${note}`);
      expect(await waitUntil(page, noteOpenInView, note)).toBe(true);
    });
  });

  describe.each([1440, 1100])('the continuous column at %i px', (width) => {
    // The script lifts each note level with its passage once the page is laid out (and again
    // on every resize): the figures are read once every note is placed, or at the deadline.
    const placed = (page: EnginePage) =>
      pollUntil(page, measureLayout, undefined, (figures) => figures.maxSlack <= NOTE_GAP && figures.notes.length > 0);

    test('with JavaScript: the text runs on, each note level with its passage or just below the one before', async () => {
      const page = await open({ width, height: 900 });
      await page.goto(`/${article}/`);
      const figures = await placed(page);
      console.log(layoutLine(engine!.name, `${width} px, JS`, figures));
      expectPlaced(figures);
    });

    test('without JavaScript: the text runs on, notes in the margin apart and in order', async () => {
      const page = await open({ width, height: 900, javascript: false });
      await page.goto(`/${article}/`);
      const figures = await page.evaluate(measureLayout, undefined);
      console.log(layoutLine(engine!.name, `${width} px, no JS`, figures));
      expectContinuous(figures);
    });

    test('with an issue lens, the remaining notes close up', async () => {
      const page = await open({ width, height: 900 });
      await page.goto(`/${article}/`);
      // The issue with the most notes, so that several close up.
      const lens = await page.evaluate(busiestIssue, issues);
      await page.goto(`/${article}/?lens=${lens}`);
      expect(await waitUntil(page, lensIs, lens)).toBe(true);
      const figures = await placed(page);
      console.log(layoutLine(engine!.name, `${width} px, lens ${lens}`, figures));
      expectPlaced(figures);
      expect(figures.notes.length).toBeGreaterThan(1);
      expect(figures.notes.length).toBe((await page.evaluate(lensState, undefined)).shownNotes);
    });
  });

  test('the lens: a shared ?lens= view shows one issue, and a button changes it', async () => {
    const page = await open(DESKTOP);
    await page.goto(`/${article}/?lens=${firstIssue}`);
    expect(await waitUntil(page, lensIs, firstIssue)).toBe(true);
    const lensed = await page.evaluate(lensState, undefined);
    expect(lensed.offered).toBe(true);
    expect(lensed.shown).toEqual([firstIssue]);
    expect(lensed.hidden.length).toBeGreaterThan(0);
    expect(lensed.dimmed).toBeGreaterThan(0);
    await page.click(`button[data-lens="${secondIssue}"]`);
    expect(await waitUntil(page, lensIs, secondIssue)).toBe(true);
    expect((await page.evaluate(lensState, undefined)).shown).toEqual([secondIssue]);
  });

  test('mention links are underlined', async () => {
    const page = await open(DESKTOP);
    await page.goto(`/${article}/`);
    const mention = await page.evaluate(mentionDecoration, undefined);
    expect(mention.text).not.toBe('');
    expect(mention.line).toBe('underline');
  });

  test(`without JavaScript, the share control is a link that leads to the section's share page`, async () => {
    const page = await open({ ...DESKTOP, javascript: false });
    await page.goto(`/${article}/#${firstIssue}`);
    const control = await page.evaluate(shareControl, firstIssue);
    expect(control.buttons).toBe(0);
    expect(control.links).toEqual([expect.objectContaining({ href: `/${article}/${firstIssue}/`, visible: true })]);
    expect(control.links[0]!.text).toMatch(/^Share: /);
    await page.click(`#${firstIssue} .share a`);
    const heading = control.links[0]!.text.replace(/^Share: /, '');
    expect(await waitUntil(page, atPage, { path: `/${article}/${firstIssue}/`, heading })).toBe(true);
  });

  describe('site search', () => {
    // What readers remember, and the note or section each should lead to.
    const finds = [
      ['working group', 'note-fentanyl-working-group'],
      ['Glaser', 'bonnie-glaser'],
      ['balloon', 'spy-balloon'],
      ['hugely', 'note-hugely-important'],
    ] as const;

    /** Waits for the results of `query` on the search page, follows the one for `target` and checks where it lands. */
    async function followResult(page: EnginePage, query: string, target: string) {
      const link = `/${article}/#${target}`;
      const results = await pollUntil(
        page,
        searchResults,
        query,
        (answer) => Array.isArray(answer) && answer.includes(link),
      );
      expect(results, `results for “${query}”`).toContain(link);
      await page.click(`[data-search-results] a[href="${link}"]`);
      expect(await waitUntil(page, highlightedInView, target)).toBe(true);
    }

    test.each(finds)(
      'typing “%s” on /search/ finds #%s, and its link lands on it, highlighted',
      async (query, target) => {
        const page = await open(DESKTOP);
        await page.goto('/search/');
        await page.type('#search-query', query);
        await followResult(page, query, target);
      },
    );

    test.each(finds)('typing “%s” in the header field at 375 px finds #%s', async (query, target) => {
      const page = await open(PHONE);
      await page.goto(`/${article}/`);
      await page.type('#site-search', query);
      await page.click('.site-search button');
      await followResult(page, query, target);
    });

    test('without JavaScript, /search/ lists every issue, person and note of the column', async () => {
      const page = await open({ ...DESKTOP, javascript: false });
      await page.goto('/search/');
      const listed = await page.evaluate(listedLinks, undefined);
      const expected = [...issues, ...people, ...noteNames.map((name) => `note-${name}`)].map(
        (id) => `/${article}/#${id}`,
      );
      expect(expected.filter((link) => !listed.includes(link))).toEqual([]);
    });
  });

  describe('every built page', () => {
    const dist = inject('distDir');
    // The reading page also reached by a link to a note (which opens it) and with a lens:
    // both change what the margin script places while the page loads.
    const note = /<details class="note[^"]*" id="([^"]+)"/.exec(
      readFileSync(join(dist, article, 'index.html'), 'utf8'),
    )?.[1];
    const pages = [...builtPages(dist), `/${article}/#${note}`, `/${article}/?lens=${firstIssue}`];
    let reports: Record<string, string[]> = {};
    beforeAll(async () => {
      reports = await engine!.consoleErrors(pages);
    }, 240_000);

    test.each(pages)('%s logs no error, warning or policy violation', (path) => {
      expect(reports[path]).toEqual([]);
    });
  });
}
