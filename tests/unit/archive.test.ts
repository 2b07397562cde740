import { describe, expect, test } from 'vitest';
import { archiveYears, newestFirst } from '../../src/editorial/archive.ts';
import { FEED_ITEMS, newestItems } from '../../src/editorial/feed.ts';

const column = (id: string, published: string) => ({ id, data: { published } });

describe('the archive', () => {
  const columns = [
    column('b', '2023-06'),
    column('a', '2023-06'),
    column('c', '2024'),
    column('d', '2022-11-14'),
    column('e', '2024-05'),
  ];

  test('newest column first, by the date it ran; the same date in the order of the ids', () => {
    expect(newestFirst(columns).map((c) => c.id)).toEqual(['e', 'c', 'a', 'b', 'd']);
  });

  test('a year for each year columns ran in, newest first, even for dates known to the year only', () => {
    expect(archiveYears(columns).map(({ year, articles }) => [year, articles.map((c) => c.id)])).toEqual([
      ['2024', ['e', 'c']],
      ['2023', ['a', 'b']],
      ['2022', ['d']],
    ]);
  });
});

describe('the feed', () => {
  const item = (title: string, date: string) => ({ title, pubDate: new Date(date) });

  test('the newest items, newest first, items of one date in their order', () => {
    const items = [item('old', '2023-06-20'), item('fix 1', '2026-11-30'), item('fix 2', '2026-11-30')];
    expect(newestItems(items).map((i) => i.title)).toEqual(['fix 1', 'fix 2', 'old']);
    expect(newestItems(items, 2).map((i) => i.title)).toEqual(['fix 1', 'fix 2']);
  });

  test(`no more than ${FEED_ITEMS} items, however many there are`, () => {
    const many = Array.from({ length: FEED_ITEMS + 20 }, (_, i) =>
      item(`item ${i}`, new Date(Date.UTC(2024, 0, 1 + i)).toISOString()),
    );
    const kept = newestItems(many);
    expect(kept).toHaveLength(FEED_ITEMS);
    expect(kept[0]!.title).toBe(`item ${FEED_ITEMS + 19}`);
    expect(kept.at(-1)!.title).toBe('item 20');
  });
});
