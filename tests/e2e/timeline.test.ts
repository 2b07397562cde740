import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/editorial/lint/load.ts';
import { chromiumForTests, url } from './browser.ts';

interface EventEntry {
  id: string;
  date: string;
  issues?: string[];
  sources: { url: string }[];
}

const content = loadContent();
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const events = (content.events.data as EventEntry[]).map((event) => ({ ...event, date: iso(event.date) }));
const issueIds = content.issues.map((issue) => issue.file.replace(/^.*\/|\.md$/g, ''));
const byDate = <T extends { date: string; id: string }>(list: T[]) =>
  list.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const session = chromiumForTests();

/** What the timeline list on the page says: each item's id, datetime, source link and scale mark. */
async function readTimeline(path: string, javaScriptEnabled = true) {
  const page = await (await session.context({ javaScriptEnabled })).newPage();
  const response = await page.goto(url(path));
  expect(response?.status()).toBe(200);
  const list = page.locator('main ol.timeline-list');
  await expect(list.count()).resolves.toBe(1);
  const items = await list.locator(':scope > li').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute('data-event') ?? '',
      datetime: node.querySelector('time')?.getAttribute('datetime') ?? '',
      href: node.querySelector('.timeline-source a')?.getAttribute('href') ?? '',
      tags: [...node.querySelectorAll('.timeline-issues a')].map((link) => link.getAttribute('href') ?? ''),
      mark: Number(node.querySelector('svg .timeline-mark')?.getAttribute('x1')),
      scaleHidden: node.querySelector('svg')?.getAttribute('aria-hidden') === 'true',
    })),
  );
  return { page, items };
}

describe('/timeline/', () => {
  test('lists every event in content/events.yaml in date order, each dated and linked to its source', async () => {
    const { items } = await readTimeline('/timeline/');
    const expected = byDate(events);
    expect(items.map((item) => item.id)).toEqual(expected.map((event) => event.id));
    expect(items.map((item) => item.datetime)).toEqual(expected.map((event) => event.date));
    expect(items.map((item) => item.href)).toEqual(expected.map((event) => event.sources[0]?.url));
  });

  test('tags each event with its issues, linking to their timelines', async () => {
    const { items } = await readTimeline('/timeline/');
    const expected = byDate(events).map((event) => (event.issues ?? []).map((issue) => `/timeline/${issue}/`));
    expect(items.map((item) => item.tags)).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  test('draws a scale from the first event (0) to the last (100), in order, hidden from screen readers', async () => {
    const { items } = await readTimeline('/timeline/');
    const marks = items.map((item) => item.mark);
    expect(marks[0]).toBe(0);
    expect(marks.at(-1)).toBe(100);
    expect(marks).toEqual(marks.toSorted((a, b) => a - b));
    expect(new Set(marks).size).toBeGreaterThan(marks.length / 2);
    expect(items.every((item) => item.scaleHidden)).toBe(true);
  });

  test('is exposed as one list of events named by its heading', async () => {
    const { page } = await readTimeline('/timeline/');
    const list = page.getByRole('list', { name: 'All events' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(events.length);
  });

  test('links to each issue’s timeline, which works without JavaScript', async () => {
    const { page } = await readTimeline('/timeline/', false);
    const link = page.getByRole('navigation', { name: 'Show one issue' }).getByRole('link', { name: 'Taiwan' });
    await link.click();
    await page.waitForURL(/\/timeline\/taiwan\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Taiwan');
  });

  test('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await (await session.context({ viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(url('/timeline/'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe.each(issueIds)('/timeline/%s/', (issue) => {
  test('shows exactly the events tagged with the issue, in date order, without JavaScript', async () => {
    const { items } = await readTimeline(`/timeline/${issue}/`, false);
    const expected = byDate(events.filter((event) => event.issues?.includes(issue)));
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((item) => item.id)).toEqual(expected.map((event) => event.id));
  });
});
