import { describe, expect, test } from 'vitest';
import { newestCorrections } from '../../src/lib/newest-corrections.ts';
import { isAfterColumn, whatHappenedNext } from '../../src/lib/next-events.ts';
import type { Article, SiteData, TimelineEvent } from '../../src/lib/site-data.ts';

// Plain stand-ins for content entries: only the fields the two modules read.
const event = (id: string, date: string, issues: string[], corrections: unknown[] = []) =>
  ({ id, data: { date, title: `Event ${id}`, issues, sources: [], corrections } }) as unknown as TimelineEvent;
const article = (id: string, published: string, issues: string[], people: string[] = []) =>
  ({ id, data: { published, issues, people } }) as unknown as Article;
const fix = (date: string, wrong = 'old', right = 'new') => ({ date, wrong, right, sources: [] });

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

describe('newestCorrections', () => {
  const data = {
    articles: [article('column', '2023-06', ['taiwan'], ['bates-gill'])],
    issues: new Map([
      ['taiwan', { id: 'taiwan', data: { name: 'Taiwan', corrections: [fix('2026-03-01')] } }],
      ['trade', { id: 'trade', data: { name: 'Trade', corrections: [fix('2026-01-05')] } }],
    ]),
    people: new Map([
      ['bates-gill', { id: 'bates-gill', data: { name: 'Bates Gill', corrections: [fix('2026-02-01')] } }],
    ]),
    notes: new Map([
      [
        'column',
        [
          { id: 'column/gil', data: { summary: 'A misspelling', corrections: [fix('2026-04-01'), fix('2025-12-01')] } },
          { id: 'column/plain', data: { summary: 'No correction', corrections: [] } },
        ],
      ],
    ]),
    events: new Map([['talks', event('talks', '2023-06-19', [], [fix('2026-01-10')])]]),
  } as unknown as Pick<SiteData, 'articles' | 'issues' | 'people' | 'notes' | 'events'>;

  test('collects every dated correction, newest first, each with where it is', () => {
    const found = newestCorrections(data, 10);
    expect(found.map((c) => [c.date, c.href])).toEqual([
      ['2026-04-01', '/column/#note-gil'],
      ['2026-03-01', '/column/#taiwan'],
      ['2026-02-01', '/column/#bates-gill'],
      ['2026-01-10', '/timeline/#timeline-all-talks'],
      ['2026-01-05', undefined],
      ['2025-12-01', '/column/#note-gil'],
    ]);
    expect(found[0]).toMatchObject({ what: 'Note: A misspelling', wrong: 'old', right: 'new' });
  });

  test('stops at the limit', () => {
    expect(newestCorrections(data, 2).map((c) => c.date)).toEqual(['2026-04-01', '2026-03-01']);
  });
});
