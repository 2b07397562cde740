// The content lint: rules that content/ must keep beyond its schemas. Each rule
// runs on the real content (no problems allowed) and on a small in-memory
// example that breaks it, to prove it can fail and that it names the file.
import { describe, expect, test } from 'vitest';
import { loadContent, parseMarkdown, type Content, type ContentFile } from '../../src/editorial/lint/load.ts';
import {
  dateProblems,
  lintContent,
  quoteProblems,
  schemaProblems,
  selectorProblems,
  sourceProblems,
  unsourcedNoteProblems,
  updateEventProblems,
} from '../../src/editorial/lint/rules.ts';

const content = loadContent();

describe('content/ passes the lint', () => {
  test('finds the content files', () => {
    expect(content.articles.length).toBeGreaterThan(0);
    expect(content.notes.length).toBeGreaterThan(0);
    expect(content.issues.length).toBeGreaterThan(0);
  });
  test('no problems', () => expect(lintContent(content)).toEqual([]));
});

// A tiny content folder: one article, one event, one quotation; each test adds the note it needs.
const source = 'title: T\n    publisher: P\n    date: "2023-06-19"\n    url: https://example.org/a';
const article = parseMarkdown(
  'content/articles/col.md',
  `---\ntitle: T\ndek: D\npublication: P\npublished: "2023-06"\npublishedLabel: June 2023\nbyline: null\nprovenance: R\nannotated: "2026-11-29"\nseal:\n  sha256: ${'a'.repeat(64)}\n  presentation: { marks: "${'c'.repeat(12)}", byline: "${'c'.repeat(12)}", publication: "${'c'.repeat(12)}", leadPhoto: "${'c'.repeat(12)}" }\n  paragraphs: ["${'b'.repeat(12)}"]\nissues: [fentanyl]\n---\n\nBlinken asked for “more meetings” and talked about fentanyl. Then he left.\n`,
);
const events: ContentFile = {
  file: 'content/events.yaml',
  body: '',
  data: [
    {
      id: 'qin-gang-removed',
      date: '2023-07-25',
      title: 'China removes Qin Gang as foreign minister',
      issues: [],
      sources: [{ title: 'T', publisher: 'P', date: '2023-07-25', url: 'https://example.org/q' }],
    },
    {
      id: 'woodside-summit',
      date: '2023-11-15',
      title: 'Biden and Xi meet at Woodside',
      issues: [],
      sources: [{ title: 'T', publisher: 'P', date: '2023-11-15', url: 'https://example.org/w' }],
    },
  ],
};
const quotations: ContentFile = {
  file: 'content/quotations.yaml',
  body: '',
  data: [
    {
      text: 'absolutely vital',
      speaker: 'Antony J. Blinken',
      date: '2023-06-19',
      occasion: 'Press conference in Beijing',
      source: { title: 'T', publisher: 'P', date: '2023-06-19', url: 'https://example.org/p' },
    },
  ],
};
const note = (name: string, frontMatter: string, body: string) =>
  parseMarkdown(`content/notes/col/${name}.md`, `---\n${frontMatter}\n---\n\n${body}\n`);
const withNotes = (...notes: ContentFile[]): Content => ({
  articles: [article],
  issues: [],
  people: [],
  notes,
  readings: [],
  events,
  quotations,
});
const good = note(
  'good',
  `subject: fentanyl\ntype: update\nsummary: S\nevent: woodside-summit\ntarget:\n  exact: "talked about fentanyl"\nsources:\n  - ${source}`,
  'Biden and Xi met at Woodside on Nov. 15, 2023. Blinken called it <q>absolutely vital</q>.',
);

describe('the rules pass a good note', () => {
  test('every rule', () => expect(lintContent(withNotes(good))).toEqual([]));
});

describe('each rule can fail, naming the file', () => {
  test('a correction without sources', () => {
    const bad = note(
      'unsourced',
      'subject: fentanyl\ntype: correction\nsummary: S\ntarget:\n  exact: "Then he left."',
      'Text.',
    );
    expect(unsourcedNoteProblems([bad])).toEqual([
      { file: 'content/notes/col/unsourced.md', problem: expect.stringContaining('at least one source') },
    ]);
    expect(schemaProblems(withNotes(bad)).map((p) => p.file)).toContain('content/notes/col/unsourced.md');
  });

  test('a source without a publisher, with a bad date and an http URL', () => {
    const bad = note(
      'bad-source',
      'subject: fentanyl\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."\nsources:\n  - title: T\n    date: "2023-02-30"\n    url: http://example.org/a',
      'Text.',
    );
    const [problem, ...rest] = sourceProblems([bad]);
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('content/notes/col/bad-source.md');
    expect(problem?.problem).toMatch(
      /sources\[0\] needs a publisher, a date \(day 30 does not exist.*\), an https URL/,
    );
  });

  test('a source in events.yaml without a title', () => {
    const broken: ContentFile = {
      ...events,
      data: [
        {
          id: 'x',
          date: '2023-01-01',
          title: 'X',
          issues: [],
          sources: [{ publisher: 'P', date: '2023', url: 'https://e.org' }],
        },
      ],
    };
    expect(sourceProblems([broken])).toEqual([
      { file: 'content/events.yaml', problem: '[0].sources[0] needs a title' },
    ]);
  });

  test('an update note without an event, and one naming an unknown event', () => {
    const none = note(
      'no-event',
      `subject: fentanyl\ntype: update\nsummary: S\ntarget:\n  exact: "Then he left."\nsources:\n  - ${source}`,
      'Text.',
    );
    const unknown = note(
      'unknown-event',
      `subject: fentanyl\ntype: update\nsummary: S\nevent: qin-visit\ntarget:\n  exact: "Then he left."\nsources:\n  - ${source}`,
      'Text.',
    );
    expect(updateEventProblems(withNotes(none, unknown))).toEqual([
      { file: 'content/notes/col/no-event.md', problem: expect.stringContaining('must name its event') },
      {
        file: 'content/notes/col/unknown-event.md',
        problem: expect.stringContaining('"qin-visit" is not in content/events.yaml'),
      },
    ]);
  });

  test('a date that no event has', () => {
    const bad = note(
      'wrong-day',
      'subject: qin-gang\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."',
      'Qin Gang was removed as foreign minister on July 24, 2023.',
    );
    expect(dateProblems(withNotes(bad))).toEqual([
      {
        file: 'content/notes/col/wrong-day.md',
        problem: expect.stringContaining('writes July 24, 2023, but no event'),
      },
    ]);
  });

  test('a measure’s end date may be written; a day after it may not', () => {
    const withMeasure = (prose: string) => ({
      ...withNotes(
        note('measure', 'subject: qin-gang\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."', prose),
      ),
      events: {
        ...events,
        data: [
          ...(events.data as object[]),
          {
            id: 'ban-suspended',
            date: '2025-11-09',
            ends: '2026-11-27',
            title: 'China suspends its ban on exports of gallium',
            issues: [],
            sources: [{ title: 'T', publisher: 'P', date: '2025-11-09', url: 'https://example.org/g' }],
          },
        ],
      },
    });
    expect(dateProblems(withMeasure('The gallium ban was suspended until Nov. 27, 2026.'))).toEqual([]);
    expect(dateProblems(withMeasure('The gallium ban was suspended until Nov. 28, 2026.'))).toEqual([
      { file: 'content/notes/col/measure.md', problem: expect.stringContaining('writes Nov. 28, 2026, but no event') },
    ]);
  });

  test('a date that belongs to another event', () => {
    const bad = note(
      'swapped',
      'subject: qin-gang\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."',
      'Biden and Xi met at Woodside on July 25, 2023.',
    );
    expect(dateProblems(withNotes(bad))).toEqual([
      {
        file: 'content/notes/col/swapped.md',
        problem: expect.stringContaining('names none of the events of that date'),
      },
    ]);
  });

  test('a day date without its year', () => {
    const bad = note(
      'no-year',
      'subject: qin-gang\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."',
      'Qin Gang was last seen on June 25 and removed later.',
    );
    expect(dateProblems(withNotes(bad))).toEqual([
      { file: 'content/notes/col/no-year.md', problem: expect.stringContaining('writes June 25 without a year') },
    ]);
  });

  test('a date in the summary is checked too, and abbreviations do not split the sentence', () => {
    const bad = note(
      'summary-date',
      'subject: qin-gang\ntype: context\nsummary: "Woodside, Nov. 16, 2023."\ntarget:\n  exact: "Then he left."',
      'Text.',
    );
    expect(dateProblems(withNotes(bad))).toEqual([
      { file: 'content/notes/col/summary-date.md', problem: expect.stringContaining('summary writes Nov. 16, 2023') },
    ]);
  });

  test('quoted words found nowhere', () => {
    const bad = note(
      'made-up-quote',
      'subject: fentanyl\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."',
      'He asked for “more meetings” and called it <q cite="https://example.org/p">hugely vital</q>, “a win.”',
    );
    expect(quoteProblems(withNotes(bad))).toEqual([
      { file: 'content/notes/col/made-up-quote.md', problem: expect.stringContaining('quotes “hugely vital”') },
      { file: 'content/notes/col/made-up-quote.md', problem: expect.stringContaining('quotes “a win.”') },
    ]);
  });

  test('a correction that quotes words found nowhere, or dates what no event has; its earlier wording may', () => {
    const corrected = note(
      'corrected',
      'subject: fentanyl\ntype: context\nsummary: S\ntarget:\n  exact: "Then he left."\ncorrections:\n' +
        '  - date: "2026-11-30"\n    wrong: "that he called it “a total win” on July 24, 2023"\n' +
        '    right: "He called it “a fair deal” on July 24, 2023."',
      'Text.',
    );
    expect(quoteProblems(withNotes(corrected))).toEqual([
      {
        file: 'content/notes/col/corrected.md',
        problem: expect.stringContaining('corrections[0].right quotes “a fair deal”'),
      },
    ]);
    expect(dateProblems(withNotes(corrected))).toEqual([
      {
        file: 'content/notes/col/corrected.md',
        problem: expect.stringContaining('corrections[0].right writes July 24, 2023'),
      },
    ]);
  });

  test('a column’s reading that quotes words found nowhere', () => {
    const reading = parseMarkdown('content/readings/col/fentanyl.md', 'The column calls it “a grand bargain”.\n');
    expect(quoteProblems({ ...withNotes(), readings: [reading] })).toEqual([
      { file: 'content/readings/col/fentanyl.md', problem: expect.stringContaining('quotes “a grand bargain”') },
    ]);
  });

  test('a passage that is not in the column, and one that is not unique', () => {
    const missing = note(
      'missing',
      'subject: fentanyl\ntype: context\nsummary: S\ntarget:\n  exact: "asked for fewer meetings"',
      'Text.',
    );
    const twice = note('twice', 'subject: fentanyl\ntype: context\nsummary: S\ntarget:\n  exact: "he"', 'Text.');
    expect(selectorProblems(withNotes(missing, twice))).toEqual([
      { file: 'content/notes/col/missing.md', problem: expect.stringContaining('occurs 0 times') },
      { file: 'content/notes/col/twice.md', problem: expect.stringMatching(/occurs [2-9] times/) },
    ]);
  });

  test('a note that breaks its schema', () => {
    const bad = note(
      'bad-type',
      'subject: fentanyl\ntype: opinion\nsummary: S\ntarget:\n  exact: "Then he left."',
      'Text.',
    );
    expect(schemaProblems(withNotes(bad))).toEqual([
      { file: 'content/notes/col/bad-type.md', problem: expect.stringMatching(/^type: /) },
    ]);
  });
});
