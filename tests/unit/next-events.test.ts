import { describe, expect, test } from 'vitest';
import { isAfterColumn, whatHappenedNext } from '../../src/editorial/next-events.ts';
import type { Article, TimelineEvent } from '../../src/editorial/site-data.ts';

// Plain stand-ins for content entries: only the fields the module reads.
const event = (id: string, date: string, issues: string[]) =>
  ({ id, data: { date, title: `Event ${id}`, issues, sources: [] } }) as unknown as TimelineEvent;
const article = (id: string, published: string, issues: string[]) =>
  ({ id, data: { published, issues } }) as unknown as Article;

describe('whatHappenedNext', () => {
  const events = [
    event('before', '2023-06-01', ['taiwan']),
    event('same-month', '2023-06-25', ['taiwan']),
    event('later', '2023-11-15', ['taiwan']),
    event('latest', '2025-12-29', ['fentanyl']),
    event('other-issue', '2025-12-30', ['trade']),
    event('no-issue', '2026-01-01', []),
  ];

  test('keeps events on the column’s issues dated after it ran, newest first', () => {
    const next = whatHappenedNext(article('a', '2023-06', ['taiwan', 'fentanyl']), events);
    expect(next.map((e) => e.id)).toEqual(['latest', 'later']);
  });

  test('compares at the column’s precision, and stops at the limit', () => {
    expect(isAfterColumn(event('x', '2023-06-25', []), '2023-06')).toBe(false);
    expect(isAfterColumn(event('x', '2023-06-25', []), '2023-06-19')).toBe(true);
    expect(isAfterColumn(event('x', '2023-07', []), '2023-06-19')).toBe(true);
    const next = whatHappenedNext(article('a', '2023-06-19', ['taiwan', 'fentanyl']), events, 2);
    expect(next.map((e) => e.id)).toEqual(['latest', 'later']);
    expect(whatHappenedNext(article('a', '2023-06-19', ['taiwan']), events).map((e) => e.id)).toEqual([
      'later',
      'same-month',
    ]);
  });
});
