// The content lint's attribution rules: each runs on the real content (no problems
// allowed) and on a small in-memory example that breaks it, naming the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  labelProblems,
  personTitleProblems,
  quantities,
  quantityProblems,
} from '../../src/editorial/lint/attribution.ts';
import { loadContent, parseMarkdown, sourcedFiles, type ContentFile } from '../../src/editorial/lint/load.ts';

const root = process.env.CONTENT_DIR ?? 'content';
const yamlFile = (name: string): ContentFile => ({
  file: `content/${name}`,
  data: parse(readFileSync(join(root, name), 'utf8')) as unknown,
  body: '',
});
const content = loadContent();
const publishers = yamlFile('publishers.yaml');
const facts = yamlFile('facts.yaml');
const sourced = sourcedFiles(content);

describe('content/ passes the attribution rules', () => {
  test('every source label names the site its URL is on', () => {
    expect(labelProblems(sourced, publishers)).toEqual([]);
  });
  test('every person’s title has an “as of” date', () => {
    expect(content.people.length).toBeGreaterThan(0);
    expect(personTitleProblems(content.people)).toEqual([]);
  });
  test('every number or duration in a note is recorded for one of its sources', () => {
    expect(quantityProblems(content.notes, { events: content.events, quotations: content.quotations, facts })).toEqual(
      [],
    );
  });
});

const note = (name: string, frontMatter: string, body: string) =>
  parseMarkdown(`content/notes/col/${name}.md`, `---\n${frontMatter}\n---\n\n${body}\n`);

describe('each rule can fail, naming the file', () => {
  test('a source labelled with the original publisher while it lives on another site', () => {
    const bad = note(
      'weak-label',
      'type: update\nsummary: S\ntarget:\n  exact: "x"\nsources:\n  - title: T\n    publisher: The Washington Times\n    date: "2024-08-06"\n    url: https://highergroundtimes.com/higher-ground/2024/aug/6/a',
      'Text.',
    );
    expect(labelProblems([bad], publishers)).toEqual([
      {
        file: 'content/notes/col/weak-label.md',
        problem: expect.stringContaining(
          'publisher "The Washington Times" does not name the site the URL is on (highergroundtimes.com',
        ),
      },
    ]);
    const fixed = note(
      'fixed-label',
      'type: update\nsummary: S\ntarget:\n  exact: "x"\nsources:\n  - title: T\n    publisher: Higher Ground Times, reposting The Washington Times\n    date: "2024-08-06"\n    url: https://highergroundtimes.com/higher-ground/2024/aug/6/a',
      'Text.',
    );
    expect(labelProblems([fixed], publishers)).toEqual([]);
  });

  test('a source on a site publishers.yaml does not list', () => {
    const bad = note(
      'unknown-host',
      'type: context\nsummary: S\ntarget:\n  exact: "x"\nsources:\n  - title: T\n    publisher: Somewhere\n    date: "2024"\n    url: https://unlisted.example/a',
      'Text.',
    );
    expect(labelProblems([bad], publishers)).toEqual([
      { file: 'content/notes/col/unknown-host.md', problem: expect.stringContaining('unlisted.example is not in') },
    ]);
  });

  test('a person whose title has no “as of” date', () => {
    const bad = parseMarkdown(
      'content/people/wang-yi.md',
      '---\nname: Wang Yi\nkind: official\nrole: Foreign Minister\naffiliation: PRC\n---\n\nText.\n',
    );
    expect(personTitleProblems([bad])).toEqual([
      {
        file: 'content/people/wang-yi.md',
        problem: expect.stringContaining('role "Foreign Minister" has no "as of" date'),
      },
    ]);
  });

  test('a meeting length that none of the note’s sources gives', () => {
    const xinhua = 'https://en.people.cn/n3/2023/0619/c90000-20033517.html';
    const events: ContentFile = {
      file: 'content/events.yaml',
      body: '',
      data: [
        {
          id: 'blinken-meets-xi',
          title: 'Blinken meets Xi at the Great Hall of the People',
          sources: [{ url: xinhua }],
        },
      ],
    };
    const bad = note(
      'meeting-length',
      `type: context\nsummary: S\ntarget:\n  exact: "x"\nsources:\n  - title: T\n    publisher: People’s Daily Online\n    date: "2023-06-19"\n    url: ${xinhua}`,
      'Xi received him at the Great Hall of the People for about 35 minutes.',
    );
    const empty: ContentFile = { file: 'content/x.yaml', body: '', data: [] };
    expect(quantityProblems([bad], { events, quotations: empty, facts: empty })).toEqual([
      {
        file: 'content/notes/col/meeting-length.md',
        problem: expect.stringContaining('writes “35 minutes”, but no recorded fact of its sources'),
      },
    ]);
    // The same length recorded for that source passes.
    const recorded: ContentFile = { ...empty, data: [{ url: xinhua, facts: ['They met for 35 minutes.'] }] };
    expect(quantityProblems([bad], { events, quotations: empty, facts: recorded })).toEqual([]);
  });

  test('numbers that count or measure are found; dates and names like F-22 are not', () => {
    expect(
      quantities('An F-22 shot it down on Feb. 4, 2023, after about three hours, 150 yards ahead; 27% and 4-AP.'),
    ).toEqual([
      { written: 'three hours', value: 3, unit: 'hour' },
      { written: '150 yards', value: 150, unit: 'yard' },
      { written: '27%', value: 27, unit: 'percent' },
    ]);
  });
});
