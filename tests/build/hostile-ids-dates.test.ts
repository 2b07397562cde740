// Ids the site keeps for itself, the seal's reach, dates in the future and invisible
// characters: each stops the build with one line naming the file and the problem.
import { describe, expect, test } from 'vitest';
import { expectLine, refusedBuild } from './refused.ts';
import { addTaiwanColumn } from './second-column.ts';

const ARTICLE_ID = 'blinken-beijing-2023';
const ARTICLE = `articles/${ARTICLE_ID}.md`;
const COLUMN = `notes/${ARTICLE_ID}`;

describe('ids the site keeps for its own pages and elements', () => {
  let cached: string | undefined;
  const output = () =>
    (cached ??= refusedBuild((f) => {
      f.write('people/main.md', f.read('people/bates-gill.md'));
      f.write('people/taiwan-sources.md', f.read('people/bates-gill.md'));
      addTaiwanColumn(f, 'about', 'A column named about');
      addTaiwanColumn(f, 'figures', 'A column named figures');
      // A valid alias in events.yaml is read as the value it names (it used to fail as "received object").
      f.edit('events.yaml', /^( {2}issues: )\[spy-balloon\]$/m, '$1&balloon-issues [spy-balloon]');
      f.edit('events.yaml', /^( {2}issues: )\[spy-balloon\]$/m, '$1*balloon-issues');
    }));

  test('a person "main", the skip link’s target', () => {
    expectLine(
      output(),
      'content/people/main.md',
      /the id "main" is the reading page’s own id for the skip link’s target/,
    );
  });
  test('a person "taiwan-sources", the Taiwan section’s "Sources" heading', () => {
    expectLine(
      output(),
      'content/people/taiwan-sources.md',
      /the id "taiwan-sources" is the id of the "sources" part of the section "taiwan"/,
    );
  });
  test('an article "about", the site’s own page', () => {
    expectLine(output(), 'content/articles/about.md', /the id "about" is the site’s own page \/about\//);
    expect(output()).not.toMatch(/conflicts with higher priority route/);
  });
  test('an article "figures", under which the figures are served with their own headers', () => {
    expectLine(output(), 'content/articles/figures.md', /the id "figures" is the site’s own folder \/figures\//);
  });
  test('a valid alias in events.yaml is read, not refused', () => {
    expect(output()).not.toMatch(/events\.yaml/);
  });
});

describe('the seal covers how the column is presented', () => {
  test('a mark that relabels a paragraph of the column as text the reposting site inserted', () => {
    const output = refusedBuild((f) => {
      const body = f.read(ARTICLE).split(/^---$/m)[2]!;
      const paragraph = body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)[4]!;
      f.edit(ARTICLE, /^marks:$/m, `marks:\n  - role: artifact\n    text: ${JSON.stringify(paragraph)}`);
    });
    expectLine(
      output,
      `content/${ARTICLE}`,
      /seal: marks no longer match the seal\. .*run npm run seal -- blinken-beijing-2023/,
    );
  });
});

describe('a date that records what happened may not be in the future', () => {
  let cached: string | undefined;
  const output = () =>
    (cached ??= refusedBuild((f) => {
      f.edit(`${COLUMN}/hugely-important.md`, /- date: "2026-11-30"/, '- date: "2099-11-30"');
      f.edit(`${COLUMN}/chip-controls.md`, /^type: context$/m, 'type: context\ncreated: 2099-01-01');
      f.edit(ARTICLE, /^published: "2023-06"$/m, 'published: "2099-06"');
      f.edit('issues/fentanyl.md', /^reviewed: "\d{4}-\d\d-\d\d"$/m, 'reviewed: "2099-01-01"');
      f.edit('people/qin-gang.md', /^roleAsOf: "2023-06"$/m, 'roleAsOf: "2099"');
    }));
  const future = (field: string, date: string) =>
    new RegExp(`${field.replace(/[[\]]/g, '\\$&')}: "${date}" is after today \\(\\d{4}-\\d\\d-\\d\\d\\)`);

  test('a correction dated 2099', () => {
    expectLine(output(), `content/${COLUMN}/hugely-important.md`, future('corrections[0].date', '2099-11-30'));
  });
  test('a note created in 2099', () => {
    expectLine(output(), `content/${COLUMN}/chip-controls.md`, future('created', '2099-01-01'));
  });
  test('a column published in June 2099', () => {
    expectLine(output(), `content/${ARTICLE}`, future('published', '2099-06'));
  });
  test('an issue reviewed in 2099', () => {
    expectLine(output(), 'content/issues/fentanyl.md', future('reviewed', '2099-01-01'));
  });
  test('a title as of 2099', () => {
    expectLine(output(), 'content/people/qin-gang.md', future('roleAsOf', '2099'));
  });
});

describe('invisible characters, by Unicode property', () => {
  test('a Unicode tag character in a note’s summary', () => {
    const output = refusedBuild((f) =>
      f.edit(`${COLUMN}/chip-controls.md`, /^summary: "The/m, 'summary: "\u{E0041}The'),
    );
    expectLine(output, `content/${COLUMN}/chip-controls.md`, /a Unicode tag character \(U\+E0041\); .*not allowed/);
  });
  test('a soft hyphen in an issue’s briefing', () => {
    const output = refusedBuild((f) => f.edit('issues/fentanyl.md', /statute\. China/, 'stat\u00ADute. China'));
    expectLine(output, 'content/issues/fentanyl.md', /a soft hyphen \(U\+00AD\); .*not allowed/);
  });
});
