import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { issueSchema } from '../../src/schemas/issue.ts';
import { noteSchema } from '../../src/schemas/note.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';
import { personSchema } from '../../src/schemas/person.ts';

const source = { title: 'T', publisher: 'P', date: '2023-06-19', url: 'https://example.org/a' };

const article = {
  title: 'A title',
  dek: 'A dek',
  publication: 'Los Angeles Times',
  published: '2023-06',
  publishedLabel: 'late June 2023',
  byline: null,
  provenance: 'A reprint',
  annotated: '2026-11-29',
  seal: {
    sha256: 'a'.repeat(64),
    paragraphs: ['b'.repeat(12)],
    presentation: {
      marks: 'c'.repeat(12),
      byline: 'c'.repeat(12),
      publication: 'c'.repeat(12),
      leadPhoto: 'c'.repeat(12),
    },
  },
  issues: ['taiwan'],
};

/** The paths of the fields a schema rejects, as "a.b" strings. */
function rejected(
  schema: {
    safeParse(data: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; code: string; keys?: string[] }[] };
    };
  },
  data: unknown,
) {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error!.issues.map((issue) => [...issue.path, ...(issue.keys ?? [])].join('.'));
}

describe('partial dates', () => {
  test.each(['2023', '2023-06', '2023-06-19', '2024-02-29'])('accepts %s', (iso) => {
    expect(partialDate.parse(iso)).toBe(iso);
  });
  test('refuses a date that a parser already turned into a timestamp (2023-02-30 would be March 2)', () => {
    const result = partialDate.safeParse(new Date(Date.UTC(2023, 2, 2)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/timestamp, not as written/);
  });
  test.each(['2023-13', '2023-02-30', '2023-6-1', 'June 2023', '2023-00', '2023-02-29'])('rejects %s', (iso) => {
    expect(partialDate.safeParse(iso).success).toBe(false);
  });
});

describe('article schema', () => {
  test('accepts a complete article with no byline', () => {
    expect(rejected(articleSchema, article)).toEqual([]);
  });
  test('rejects an unknown key', () => {
    expect(rejected(articleSchema, { ...article, author: 'Somebody' })).toEqual(['author']);
  });
  test.each(['title', 'dek', 'publication', 'published', 'byline', 'provenance', 'seal'])('requires %s', (field) => {
    const { [field as keyof typeof article]: _omit, ...rest } = article;
    expect(rejected(articleSchema, rest)).toEqual([field]);
  });
  test('rejects an impossible publication date', () => {
    expect(rejected(articleSchema, { ...article, published: '2023-06-31' })).toEqual(['published']);
  });
  test('rejects an outcome that is not one of the badges', () => {
    const outcomes = [{ issue: 'taiwan', outcome: 'won', detail: 'x' }];
    expect(rejected(articleSchema, { ...article, outcomes })).toEqual(['outcomes.0.outcome']);
  });
});

describe('issue schema', () => {
  const issue = {
    name: 'Taiwan',
    icon: 'island',
    summary: 'S',
    terms: ['Taiwan'],
    stances: [
      { party: 'united-states', position: 'U', words: [{ text: 'W', speaker: 'S', date: '2023-06-19', source }] },
      { party: 'china', position: 'C', words: [{ text: 'W', speaker: 'S', date: '2023-06-19', source }] },
    ],
    sources: [source],
    reviewed: '2026-11-30',
  };
  test('accepts a complete issue', () => expect(rejected(issueSchema, issue)).toEqual([]));
  test('rejects an unknown key', () => expect(rejected(issueSchema, { ...issue, colour: 'red' })).toEqual(['colour']));
  test('requires terms', () => expect(rejected(issueSchema, { ...issue, terms: [] })).toEqual(['terms']));
  test('requires at least two parties', () =>
    expect(rejected(issueSchema, { ...issue, stances: issue.stances.slice(0, 1) })).toEqual(['stances']));
  test('rejects a party with two stances', () =>
    expect(rejected(issueSchema, { ...issue, stances: [issue.stances[0], issue.stances[0]] })).toEqual([
      'stances.1.party',
    ]));
  test('requires the words of each party', () => {
    const stances = [{ ...issue.stances[0], words: [] }, issue.stances[1]];
    expect(rejected(issueSchema, { ...issue, stances })).toEqual(['stances.0.words']);
  });
  test('requires a full last-reviewed date', () =>
    expect(rejected(issueSchema, { ...issue, reviewed: '2026-11' })).toEqual(['reviewed']));
  test('rejects an http source URL', () => {
    expect(rejected(issueSchema, { ...issue, sources: [{ ...source, url: 'http://example.org' }] })).toEqual([
      'sources.0.url',
    ]);
  });
});

describe('person schema', () => {
  const person = {
    name: 'Bates Gill',
    kind: 'expert',
    role: 'R',
    affiliation: 'A',
    roleAsOf: '2026-11',
    aliases: ['Gil'],
  };
  test('accepts a complete person', () => expect(rejected(personSchema, person)).toEqual([]));
  test('rejects an unknown kind', () =>
    expect(rejected(personSchema, { ...person, kind: 'pundit' })).toEqual(['kind']));
  test('requires an affiliation', () => {
    const { affiliation: _omit, ...rest } = person;
    expect(rejected(personSchema, rest)).toEqual(['affiliation']);
  });
  test('requires the date its title is as of', () => {
    const { roleAsOf: _omit, ...rest } = person;
    expect(rejected(personSchema, rest)).toEqual(['roleAsOf']);
  });
});

describe('note schema', () => {
  const note = { subject: 'taiwan', type: 'context', summary: 'S', target: { exact: 'Taiwan' } };
  test('accepts a context note without sources and makes its target a list', () => {
    expect(noteSchema.parse(note).target).toEqual([{ exact: 'Taiwan' }]);
  });
  test.each(['correction', 'update'])('a %s note without a source is rejected on sources', (type) => {
    expect(rejected(noteSchema, { ...note, type })).toEqual(['sources']);
  });
  test('a fact-check without a source or a verdict is rejected on both', () => {
    expect(rejected(noteSchema, { ...note, type: 'fact-check' })).toEqual(['sources', 'verdict']);
  });
  const verdict = { rating: 'accurate', claim: 'He said it.', evidence: [source.url] };
  const factCheck = { ...note, type: 'fact-check', sources: [source], verdict };
  test('accepts a fact-check with a verdict whose evidence is among its sources', () => {
    expect(rejected(noteSchema, factCheck)).toEqual([]);
  });
  test('rejects a verdict outside the verdict words', () => {
    expect(rejected(noteSchema, { ...factCheck, verdict: { ...verdict, rating: 'true' } })).toEqual(['verdict.rating']);
  });
  test('rejects evidence that is not one of the note’s sources', () => {
    const other = 'https://example.org/elsewhere';
    expect(rejected(noteSchema, { ...factCheck, verdict: { ...verdict, evidence: [other] } })).toEqual([
      'verdict.evidence.0',
    ]);
  });
  test('rejects a verdict on a note that is not a fact-check', () => {
    expect(rejected(noteSchema, { ...factCheck, type: 'context' })).toEqual(['verdict']);
  });
  test('rejects a selector with an unknown key', () => {
    expect(rejected(noteSchema, { ...note, target: { exact: 'x', quote: 'y' } })).toEqual(['target.quote']);
  });
  test('rejects an empty exact', () => {
    expect(rejected(noteSchema, { ...note, target: { exact: '' } })).toEqual(['target.exact']);
  });
});

describe('event schema', () => {
  const event = { id: 'bali', date: '2022-11-14', title: 'T', issues: ['taiwan'], sources: [source] };
  test('accepts a complete event', () => expect(rejected(eventSchema, event)).toEqual([]));
  test('rejects a bad date', () => expect(rejected(eventSchema, { ...event, date: '2022-11-31' })).toEqual(['date']));
});
