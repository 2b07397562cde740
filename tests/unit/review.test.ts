// `npm run review` (src/editorial/review.ts): what is due, on a small in-memory content folder.
import { describe, expect, test } from 'vitest';
import type { Content, ContentFile } from '../../src/editorial/lint/load.ts';
import { dueForReview } from '../../src/editorial/review.ts';

const file = (name: string, data: unknown): ContentFile => ({ file: `content/${name}`, data, body: '' });
const source = (publisher: string, url: string) => ({ title: 'T', publisher, date: '2024-01-02', url });
const content: Content = {
  articles: [],
  issues: [file('issues/fresh.md', { reviewed: '2026-10-01' }), file('issues/stale.md', { reviewed: '2026-08-01' })],
  people: [
    file('people/recent.md', { role: 'Minister', roleAsOf: '2026-11' }),
    file('people/old.md', { role: 'Spokesperson', roleAsOf: '2023-06' }),
  ],
  notes: [
    file('notes/col/repost.md', {
      sources: [
        source('Nasdaq, reposting Reuters', 'https://www.nasdaq.com/a'),
        source('Reuters', 'https://www.reuters.com/b'),
      ],
    }),
    file('notes/col/unknown-original.md', {
      sources: [source('Nasdaq, reposting The Local Ledger', 'https://www.nasdaq.com/c')],
    }),
  ],
  readings: [],
  events: file('events.yaml', [
    { id: 'summit', date: '2026-11-15', scheduled: true, title: 'A summit' },
    { id: 'vote', date: '2026-12', scheduled: true, title: 'A vote this month' },
    { id: 'talks', date: '2026-11-20', title: 'Talks held' },
  ]),
  quotations: file('quotations.yaml', []),
};
const publishers = file('publishers.yaml', [
  { host: 'nasdaq.com', names: ['Nasdaq'] },
  { host: 'reuters.com', names: ['Reuters'] },
]);

describe('what is due for review on 2026-12-03', () => {
  const due = dueForReview(content, publishers, '2026-12-03');
  const of = (kind: string) => due.filter((item) => item.kind === kind).map((item) => item.file);

  test('issues reviewed more than 90 days ago', () => expect(of('reviewed')).toEqual(['content/issues/stale.md']));
  test('people whose title is dated more than 90 days ago', () =>
    expect(of('role')).toEqual(['content/people/old.md']));
  test('scheduled events whose day (or whole month) has passed', () => {
    expect(due.filter((item) => item.kind === 'scheduled').map((item) => item.at)).toEqual(['id: summit']);
  });
  test('sources that repost an original whose site is listed', () => {
    const reposts = due.filter((item) => item.kind === 'repost');
    expect(reposts.map((item) => item.file)).toEqual(['content/notes/col/repost.md']);
    expect(reposts[0]!.what).toMatch(/sources\[0\].*Reuters’s own site \(reuters\.com\)/);
  });
  test('nothing is due the day everything was checked', () =>
    expect(
      dueForReview({ ...content, people: [], notes: [], events: file('events.yaml', []) }, publishers, '2026-10-02'),
    ).toEqual([]));
});
