import { describe, expect, test } from 'vitest';
import { buildWith, type ContentFixture } from './fixture.ts';

const ARTICLE_ID = 'blinken-beijing-2023';
const NOTE = `notes/${ARTICLE_ID}/hostile-note.md`;

/** A note file: frontmatter fields as YAML lines, then a body. */
const note = (frontmatter: string, body = 'A note written for a broken-content test.') =>
  `---\n${frontmatter.trim()}\n---\n\n${body}\n`;

const SOURCE = `sources:
  - title: Blinken's visit to China
    publisher: U.S. Department of State
    date: "2023-06-19"
    url: https://www.state.gov/`;

/** Builds after `change` and returns the output, which must come from a failed build. */
function failingBuild(change: (f: ContentFixture) => void): string {
  const { status, output } = buildWith(change);
  expect(status, output.slice(-2000)).not.toBe(0);
  expect(status).not.toBeNull();
  return output;
}

// Each case adds or breaks one thing in a copy of content/; the build must stop
// with a message that names the file (relative to content/) and the problem.
describe('hostile and broken content fails the build, naming the file and the problem', () => {
  test('a note about an unknown issue or person', () => {
    const output = failingBuild((f) =>
      f.write(
        NOTE,
        note(`subject: trade-war\ntype: context\nsummary: A test.\ntarget:\n  exact: "kept expectations low"`),
      ),
    );
    expect(output).toContain(NOTE);
    expect(output).toMatch(/unknown issue or person "trade-war"/);
  });

  test('an event that names an unknown issue', () => {
    const output = failingBuild((f) => f.edit('events.yaml', /issues: \[/, 'issues: [trade-war, '));
    expect(output).toContain('events.yaml');
    expect(output).toMatch(/unknown issue "trade-war"/);
  });

  test('a selector with no match names the note, the selector and the closest passage', () => {
    const exact = 'both sides kept their expectations very low';
    const output = failingBuild((f) =>
      f.write(NOTE, note(`subject: taiwan\ntype: context\nsummary: A test.\ntarget:\n  exact: "${exact}"`)),
    );
    expect(output).toContain(NOTE);
    expect(output).toContain(exact);
    // The closest passage in the column is the one the selector misquotes.
    expect(output).toMatch(/kept expectations low/);
  });

  test('an ambiguous selector names the count and asks for a prefix or suffix', () => {
    const output = failingBuild((f) =>
      f.write(NOTE, note(`subject: taiwan\ntype: context\nsummary: A test.\ntarget:\n  exact: "China"`)),
    );
    expect(output).toContain(NOTE);
    // "China" is in the column more than a dozen times; the message says how often.
    expect(output).toMatch(/"China"[^\n]*\b(?:1\d|[2-9]\d) (?:times|matches|places|occurrences)\b/);
    expect(output).toMatch(/prefix|suffix/i);
  });

  test('two sections with the same id name both files', () => {
    const output = failingBuild((f) => f.write('people/taiwan.md', f.read('people/bates-gill.md')));
    expect(output).toContain('people/taiwan.md');
    expect(output).toContain('issues/taiwan.md');
    expect(output).toMatch(/section id "taiwan"/);
  });

  test('a section id the reading page uses for its own elements', () => {
    const output = failingBuild((f) => f.write('people/note-taker.md', f.read('people/bates-gill.md')));
    expect(output).toContain('people/note-taker.md');
    expect(output).toMatch(/section id "note-taker" starts with "note-"/);
  });

  test('a fact-check without a source', () => {
    const output = failingBuild((f) =>
      f.write(
        NOTE,
        note(`subject: taiwan\ntype: fact-check\nsummary: A test.\ntarget:\n  exact: "kept expectations low"`),
      ),
    );
    expect(output).toContain('hostile-note');
    expect(output).toMatch(/fact-check note needs at least one source/);
  });

  test('an invalid date', () => {
    const output = failingBuild((f) =>
      f.write(
        NOTE,
        note(
          `subject: taiwan\ntype: update\nsummary: A test.\ntarget:\n  exact: "kept expectations low"\ncreated: "2023-02-30"\n${SOURCE}`,
        ),
      ),
    );
    expect(output).toContain('hostile-note');
    expect(output).toMatch(/created/);
    expect(output).toMatch(/day 30 does not exist/);
  });

  test('a malformed frontmatter block', () => {
    const output = failingBuild((f) =>
      f.write(NOTE, note(`subject: taiwan\ntype: context\nsummary: "an unclosed quote\ntarget:\n  exact: [kept`)),
    );
    expect(output).toContain('hostile-note.md');
    expect(output).toMatch(/frontmatter|yaml/i);
  });

  test('an empty article', () => {
    const output = failingBuild((f) => {
      const source = f.read(`articles/${ARTICLE_ID}.md`);
      f.write(`articles/${ARTICLE_ID}.md`, `${/^---\n[\s\S]*?\n---\n/.exec(source)![0]}\n`);
    });
    expect(output).toContain(`articles/${ARTICLE_ID}.md`);
    expect(output).toMatch(/no text|empty/i);
  });
});
