import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../e2e/browser.ts';
import { buildWith, ContentFixture } from './fixture.ts';

const ARTICLE_ID = 'blinken-beijing-2023';
const ARTICLE = `articles/${ARTICLE_ID}.md`;
const NOTE = `notes/${ARTICLE_ID}/integrity-note.md`;
const NOTE_HEAD = 'subject: taiwan\ntype: context\nsummary: A test.\ntarget:\n  exact: "kept expectations low"';

/** A note file: frontmatter lines, then a body. */
const note = (frontmatter = NOTE_HEAD, body = 'A note written for a content-integrity test.') =>
  `---\n${frontmatter.trim()}\n---\n\n${body}\n`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds after `change`; the build must fail with `message` (a pattern for one line
 * that starts with the file), printed once, without Astro's wrapping, `****` or a stack trace.
 */
function failsWith(change: (f: ContentFixture) => void, file: string, message: RegExp) {
  const { status, output } = buildWith(change);
  expect(status, output.slice(-2000)).not.toBe(0);
  expect(status).not.toBeNull();
  const line = new RegExp(`^\\S*${escape(file)}(?::\\d+)*: ${message.source}`, 'm');
  expect(output).toMatch(line);
  const [first] = line.exec(output)!;
  expect(output.split(first).length - 1, `printed once: ${first}`).toBe(1);
  expect(output).not.toContain('Failed to parse Markdown file');
  expect(output).not.toContain('****');
  expect(output, 'no stack trace under the message').not.toMatch(/Stack trace:|^\s+at \S+ \(/m);
  return output;
}

// Each case is a broken copy of content/ (issue 13's findings); the build must stop
// with one line that names the file, the field and the problem.
describe('content the build used to change or accept silently now fails it', () => {
  test('1. an unquoted impossible date in events.yaml is not rolled over to March 2', () => {
    const output = failsWith(
      (f) => f.edit('events.yaml', /date: 2023-01-28/, 'date: 2023-02-30'),
      'events.yaml',
      /balloon-detected: date: Invalid date: day 30 does not exist in "2023-02-30"/,
    );
    expect(output).toMatch(/events\.yaml:\d+: balloon-detected/);
  });

  test("1. an unquoted impossible date in a note's source", () => {
    const source = 'sources:\n  - title: T\n    publisher: P\n    date: 2023-02-30\n    url: https://www.state.gov/';
    failsWith(
      (f) => f.write(NOTE, note(`${NOTE_HEAD}\n${source}`)),
      NOTE,
      /sources\[0\]\.date: Invalid date: day 30 does not exist in "2023-02-30"/,
    );
  });

  test("1. an unquoted impossible date in an article's annotated", () => {
    failsWith(
      (f) => f.edit(ARTICLE, 'annotated: "2026-11-29"', 'annotated: 2023-02-30'),
      ARTICLE,
      /annotated: Invalid date: day 30 does not exist in "2023-02-30"/,
    );
  });

  test('3. a one-character edit to the column breaks its seal, naming the paragraph and its line', () => {
    const output = failsWith(
      (f) => f.edit(ARTICLE, 'kept expectations low', 'kept expectations Low'),
      ARTICLE,
      /seal: paragraph \d+ no longer matches the seal: "[^"]*"\. The column must stay verbatim; if this edit is intended, run npm run seal -- blinken-beijing-2023/,
    );
    expect(output).toMatch(new RegExp(`${escape(ARTICLE)}:\\d+: seal`));
  });

  test('4. invalid UTF-8 in a note', () => {
    failsWith(
      (f) => f.write(NOTE, Buffer.concat([Buffer.from(note().replace('test.', 'caf')), Buffer.from([0xe9, 0x0a])])),
      NOTE,
      /the file is not valid UTF-8 \(save it as UTF-8\)/,
    );
  });

  test('5. an image from another origin in a note body (a tracking pixel in the export)', () => {
    failsWith(
      (f) => f.write(NOTE, note(NOTE_HEAD, 'Context. <img src="https://tracker.example/p.gif" alt="">')),
      NOTE,
      /body: the image "https:\/\/tracker\.example\/p\.gif" loads from https:\/\/tracker\.example\/p\.gif, another origin/,
    );
  });

  test('7. a passage that is only a space, even with a prefix and suffix', () => {
    const target = 'target:\n  prefix: "kept"\n  exact: " "\n  suffix: "expectations"';
    failsWith(
      (f) => f.write(NOTE, note(`subject: taiwan\ntype: context\nsummary: A test.\n${target}`)),
      NOTE,
      /target\.exact: the passage is empty or only whitespace/,
    );
  });

  test('7. an event after the build date that does not say it is scheduled', () => {
    failsWith(
      (f) => f.edit('events.yaml', /date: 2023-01-28/, 'date: 2099-01-28'),
      'events.yaml',
      /balloon-detected\.date: "2099-01-28" is after the build date \(\d{4}-\d\d-\d\d\); an event that has not happened yet needs "scheduled: true"/,
    );
  });

  test('7. a bidi control in a note, named with its line and column', () => {
    failsWith(
      (f) => f.write(NOTE, note(NOTE_HEAD, 'The talks \u202Ewent well.')),
      `${NOTE}:9:11`,
      /a right-to-left override \(U\+202E\); bidi controls and zero-width characters are not allowed/,
    );
  });

  test('7. a note file name that is not a slug', () => {
    const twin = `notes/${ARTICLE_ID}/Chip_Controls.md`;
    failsWith(
      (f) => f.write(twin, f.read(`notes/${ARTICLE_ID}/chip-controls.md`)),
      twin,
      /the name "Chip_Controls" is not a lowercase slug such as "chip-controls"; rename it/,
    );
  });

  test('7. an anchoring error is one line, printed once, and lists a handful of paragraphs', () => {
    const output = failsWith(
      (f) => f.write(NOTE, note('subject: taiwan\ntype: context\nsummary: A test.\ntarget:\n  exact: "e"')),
      NOTE,
      /target\[0\] "e" matches \d+ times in \S+ \((?:p-\d+, ){4}p-\d+ and \d+ more paragraphs\); add a prefix or suffix/,
    );
    expect(output).not.toMatch(/p-\d+, p-\d+, p-\d+, p-\d+, p-\d+, p-\d+/);
  });

  test('7. a schema problem names the file and the field', () => {
    failsWith((f) => f.write(NOTE, note(`${NOTE_HEAD}\nsumary: A typo.`)), NOTE, /sumary: unknown field/);
  });
});

describe('content that builds reaches readers as written', () => {
  const fixture = new ContentFixture();
  const title = 'Blinken & “Beijing”: <i>a trip</i>';
  const dek = 'Tariffs & “chips”: <b>not bold</b> <img src=x onerror=alert(1)> &amp; AT&T';
  let build: ReturnType<ContentFixture['build']>;
  let html = '';

  beforeAll(() => {
    // 2. a body's own id that would have become a note card's id under the old "note-" prefix
    fixture.write(NOTE, note(NOTE_HEAD, '<a id="chip-controls">An authored anchor</a> in a note body.'));
    // 6. a title and a dek with markup-like text, for the feed
    fixture.edit(ARTICLE, /^title: .*$/m, `title: ${JSON.stringify(title)}`);
    fixture.edit(ARTICLE, /^dek: .*$/m, `dek: ${JSON.stringify(dek)}`);
    // 7. a future event that says it is scheduled
    fixture.edit(
      'events.yaml',
      /^- id: chip-export-controls/m,
      '- id: future-talks\n  date: "2099-01-01"\n  scheduled: true\n  title: Talks planned for 2099\n  issues: []\n  sources:\n    - title: T\n      publisher: P\n      date: "2026-11-01"\n      url: https://www.state.gov/\n\n- id: chip-export-controls',
    );
    build = fixture.build();
    if (build.status === 0) html = readFileSync(join(build.outDir, ARTICLE_ID, 'index.html'), 'utf8');
  });
  afterAll(() => fixture.remove());

  test('builds (a scheduled event may be later than the build date)', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  test('2. an id in a note body never takes a note card’s id', () => {
    expect(html.match(/ id="note-chip-controls"/g)).toHaveLength(1);
    expect(html).toMatch(/<details[^>]* id="note-chip-controls"/);
    expect(html).toContain('<a id="user-content-chip-controls">An authored anchor</a>');
  });

  test('6. a feed reader shows the title and the description as written, with no markup', async () => {
    const xml = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const session = await launch();
    try {
      const page = await (await session.context()).newPage();
      // As a reader does: parse the XML, then the description as HTML. The column's item is
      // the one that links to it (corrections have items too, and the newest come first).
      const item = await page.evaluate(
        ({ text, path }) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          const column = [...doc.querySelectorAll('item')].find((i) =>
            i.querySelector('link')?.textContent?.endsWith(path),
          );
          const description = document.createElement('template');
          description.innerHTML = column?.querySelector('description')?.textContent ?? '';
          return {
            parsed: !doc.querySelector('parsererror'),
            title: column?.querySelector('title')?.textContent,
            text: description.content.textContent,
            elements: description.content.querySelectorAll('*').length,
          };
        },
        { text: xml, path: `/${ARTICLE_ID}/` },
      );
      expect(item).toEqual({ parsed: true, title, text: dek, elements: 0 });
    } finally {
      await session.close();
    }
  });
});
