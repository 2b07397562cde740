// What an issue's share page says, as a reader meets it: each thing said once (no
// paragraph or list item repeated on the page, and no paragraph of the briefing that a
// note under it restates), and the issue's newest events, newest first, with a link to
// its timeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { RESTATED_SHARE, restatedShare, wordRuns } from '../../src/sharing/restated.ts';
import { articleIds, contentDir } from '../content-files.ts';
import { distDir } from './browser.ts';
import { builtFile, elements, parsed, textOf } from './built-site.ts';
import { articleSections } from './share-site.ts';

const pageOf = (path: string) => parsed(builtFile(distDir(), path)!);
const within = (node: Element) => elements({ type: 'root', children: [node] });
const main = (path: string) => elements(pageOf(path)).find((el) => el.tagName === 'main')!;
const classOf = (el: Element) => String(el.properties.className ?? '').split(/[ ,]+/);

const sharePages = articleIds().flatMap((article) => {
  const { issues, people } = articleSections(article);
  return [
    ...issues.map((id) => ({ path: `/${article}/${id}/`, issue: id })),
    ...people.map((id) => ({ path: `/${article}/${id}/`, issue: undefined })),
  ];
});

interface Event {
  id: string;
  date: string;
  title: string;
  issues: string[];
  scheduled?: boolean;
}
const events = parse(readFileSync(join(contentDir, 'events.yaml'), 'utf8')) as Event[];
const today = new Date().toISOString().slice(0, 10);
/** The issue's events that have happened, newest first (ties by id, as the timeline orders them, reversed). */
const happened = (issue: string) =>
  events
    .filter((event) => event.issues.includes(issue) && !event.scheduled && String(event.date) <= today)
    .toSorted((a, b) => String(b.date).localeCompare(String(a.date)) || b.id.localeCompare(a.id));

describe.each(sharePages)('$path', ({ path }) => {
  test('says each paragraph and list item once', () => {
    const texts = within(main(path))
      .filter((el) => el.tagName === 'p' || el.tagName === 'li')
      .map(textOf)
      .filter((text) => text.length > 0);
    const repeated = texts.filter((text, i) => texts.indexOf(text) !== i);
    expect(repeated).toEqual([]);
  });

  test('shows no briefing paragraph that a note under it restates', () => {
    const body = within(main(path)).find((el) => classOf(el).includes('section-body'));
    const notes = within(main(path)).filter((el) => el.tagName === 'article' && classOf(el).includes('note'));
    if (!body || notes.length === 0) return;
    const noteRuns = notes.map((note) => wordRuns(textOf(note)));
    for (const paragraph of body.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p')) {
      const share = Math.max(...noteRuns.map((runs) => restatedShare(wordRuns(textOf(paragraph)), runs)));
      expect(share, textOf(paragraph).slice(0, 60)).toBeLessThan(RESTATED_SHARE);
    }
  });
});

// Only an issue's share page lists events; a person's has none to list.
describe.each(sharePages.filter((page) => page.issue))('$path', ({ path, issue }) => {
  test('lists the issue’s newest events, newest first, and links to its timeline', () => {
    const expected = happened(issue!);
    const list = elements(pageOf(path)).find(
      (el) => el.tagName === 'ol' && String(el.properties.ariaLabelledBy) === 'latest',
    );
    if (expected.length === 0) return expect(list).toBeUndefined();
    expect(list, 'no list labelled by #latest').toBeDefined();
    const items = within(list!).filter((el) => el.tagName === 'li');
    expect(items).toHaveLength(Math.min(5, expected.length));
    items.forEach((item, i) => {
      const time = within(item).find((el) => el.tagName === 'time');
      expect(time?.properties.dateTime).toBe(String(expected[i]!.date));
      expect(textOf(item)).toContain(expected[i]!.title);
    });
    const section = elements(pageOf(path)).find(
      (el) => el.tagName === 'section' && String(el.properties.ariaLabelledBy) === 'latest',
    );
    const links = within(section!).filter((el) => el.tagName === 'a' && el.properties.href === `/timeline/${issue}/`);
    expect(links).toHaveLength(1);
  });
});
