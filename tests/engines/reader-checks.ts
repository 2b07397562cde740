import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { articleIds } from '../content-files.ts';
import { builtPages } from '../e2e/pages.ts';
import { readingSections } from '../e2e/reading-page.ts';
import { waitUntil, type Engine, type EnginePage, type PageOptions } from './engine.ts';
import {
  atPage,
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
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
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
      const report = await page.evaluate(layoutReport, undefined);
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

  describe('every built page', () => {
    const pages = builtPages(inject('distDir'));
    let reports: Record<string, string[]> = {};
    beforeAll(async () => {
      reports = await engine!.consoleErrors(pages);
    }, 240_000);

    test.each(pages)('%s logs no error, warning or policy violation', (path) => {
      expect(reports[path]).toEqual([]);
    });
  });
}
