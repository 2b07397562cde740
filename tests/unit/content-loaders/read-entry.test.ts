import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readEntry, type CheckedGlobOptions } from '../../../src/content-loaders/checked-glob.ts';
import { checkSeal } from '../../../src/content-loaders/seal-check.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { noteSchema } from '../../../src/schemas/note.ts';
import { presentationOf, sealOf } from '../../../src/editorial/seal.ts';

// The checks the content loaders make on every file before Astro's schema sees it,
// called as the loaders call them (src/content-loaders/checked-glob.ts).
const dir = mkdtempSync(join(tmpdir(), 'floorboards-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const notes: CheckedGlobOptions = { base: join(dir, 'notes'), pattern: '*/*.md', schema: noteSchema };
const NOTE = 'subject: taiwan\ntype: context\nsummary: S\ntarget:\n  exact: "kept expectations low"';

/** Writes `notes/col/<name>` and reads it back through the loader's checks; returns the error message, if any. */
function problem(name: string, text: string | Buffer, options = notes): string | undefined {
  const path = join(options.base, 'col', name);
  mkdirSync(join(options.base, 'col'), { recursive: true });
  writeFileSync(path, text);
  try {
    readEntry(path, options);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(path);
  }
}
const file = (name: string) => relative(process.cwd(), join(dir, 'notes', 'col', name));

describe('dates are checked as written', () => {
  test('an unquoted impossible date in a source is refused, not rolled over to March 2', () => {
    const sources = 'sources:\n  - title: T\n    publisher: P\n    date: 2023-02-30\n    url: https://example.org/';
    expect(problem('a.md', `---\n${NOTE}\n${sources}\n---\n\nBody.\n`)).toBe(
      `${file('a.md')}: sources[0].date: Invalid date: day 30 does not exist in "2023-02-30"`,
    );
  });
  test('an unquoted real date reaches the schema as the string written', () => {
    const sources = 'sources:\n  - title: T\n    publisher: P\n    date: 2023-03-02\n    url: https://example.org/';
    expect(problem('a.md', `---\n${NOTE}\n${sources}\n---\n\nBody.\n`)).toBeUndefined();
  });
});

describe('every content file', () => {
  test('is valid UTF-8, or the first bad line is named', () => {
    const bytes = Buffer.concat([Buffer.from(`---\n${NOTE}\n---\n\nA caf`), Buffer.from([0xe9]), Buffer.from('.\n')]);
    expect(problem('a.md', bytes)).toBe(`${file('a.md')}:9: the file is not valid UTF-8 (save it as UTF-8)`);
  });
  test('has no bidi controls or zero-width characters, named with line and column', () => {
    expect(problem('a.md', `---\n${NOTE}\n---\n\nThe talks \u202Ewent well.\n`)).toBe(
      `${file('a.md')}:9:11: a right-to-left override (U+202E); bidi controls and zero-width characters are not allowed, nor any other invisible or formatting character (they reorder or hide what a reader sees)`,
    );
    expect(problem('a.md', `---\n${NOTE}\n---\n\nBlin\u200Bken.\n`)).toMatch(/:9:5: a zero-width space \(U\+200B\)/);
  });
  // Found by Unicode property (Default_Ignorable_Code_Point, Cf, Cc), not by a list.
  test.each([
    ['\u{E0041}', 'a Unicode tag character (U+E0041)'],
    ['\u2062', 'an invisible times (U+2062)'],
    ['\u00AD', 'a soft hyphen (U+00AD)'],
    ['\u3164', 'a Hangul filler (U+3164)'],
    ['\u034F', 'a combining grapheme joiner (U+034F)'],
    ['\u180E', 'a Mongolian vowel separator (U+180E)'],
    ['\uFE0F', 'a variation selector (U+FE0F)'],
    ['\u{1D173}', 'an invisible character (U+1D173)'],
    ['\u0007', 'a control character (U+0007)'],
  ])('has no invisible character such as %j', (character, name) => {
    expect(problem('a.md', `---\n${NOTE}\n---\n\nBlin${character}ken.\n`)).toContain(`:9:5: ${name}; `);
  });
  test('may hold no-break spaces, tabs and Windows line ends', () => {
    expect(
      problem('a.md', `---\r\n${NOTE}\r\n---\r\n\r\nAntony\u00A0J.\u202FBlinken,\tin Beijing.\r\n`),
    ).toBeUndefined();
  });
  test('has a slug for a name, and a name that would duplicate a note says which', () => {
    mkdirSync(join(dir, 'notes', 'col'), { recursive: true });
    writeFileSync(join(dir, 'notes', 'col', 'chip-controls.md'), `---\n${NOTE}\n---\n\nBody.\n`);
    expect(problem('Chip_Controls.md', `---\n${NOTE}\n---\n\nBody.\n`)).toBe(
      `${file('Chip_Controls.md')}: the name "Chip_Controls" is not a lowercase slug such as "chip-controls"; rename it, since the name is the id (its id would be "chip-controls", which ${file('chip-controls.md')} already has)`,
    );
    expect(problem('café.md', `---\n${NOTE}\n---\n\nBody.\n`)).toBe(
      `${file('café.md')}: the name "café" is not a lowercase slug such as "cafe"; rename it, since the name is the id`,
    );
    expect(problem('a--b.md', `---\n${NOTE}\n---\n\nBody.\n`)).toMatch(
      /"a--b" is not a lowercase slug such as "a-b"; rename it, since the name is the id$/,
    );
    expect(problem('note-.md', `---\n${NOTE}\n---\n\nBody.\n`)).toMatch(
      /"note-" is not a lowercase slug such as "note"; rename it, since the name is the id$/,
    );
    expect(problem('Chip-Controls.md', `---\n${NOTE}\n---\n\nBody.\n`)).toContain(
      `(its id would be "chip-controls", which ${file('chip-controls.md')} already has)`,
    );
  });
  test('names the file and the field of each schema problem, never "****"', () => {
    const message = problem('a.md', `---\n${NOTE}\nbogus: 1\ntype2: x\n---\n\nBody.\n`);
    expect(message).toBe(
      `${file('a.md')}: bogus: unknown field (see the schema in src/schemas/)\n${file('a.md')}: type2: unknown field (see the schema in src/schemas/)`,
    );
  });
  test('a passage that is only whitespace is refused, with a prefix and suffix too', () => {
    const target = 'target:\n  prefix: "kept"\n  exact: " "\n  suffix: "expectations"';
    expect(problem('a.md', `---\nsubject: taiwan\ntype: context\nsummary: S\n${target}\n---\n\nBody.\n`)).toBe(
      `${file('a.md')}: target.exact: the passage is empty or only whitespace; quote the words the note is about`,
    );
  });
  test('invalid YAML names the line', () => {
    expect(problem('a.md', `---\n${NOTE}\nsummary: again\n---\n\nBody.\n`)).toMatch(
      new RegExp(`^${file('a.md').replace(/[.]/g, '\\.')}:7: invalid YAML: Map keys must be unique`),
    );
  });
});

describe('an article is sealed', () => {
  const body = '\nFirst paragraph.\n\nSecond paragraph, verbatim.\n\nThi\u200Brd.\n';
  const seal = sealOf(body);
  const frontmatter = [
    'title: T',
    'dek: D',
    'publication: P',
    'published: "2023-06"',
    'publishedLabel: June 2023',
    'byline: null',
    'provenance: R',
    'annotated: "2026-11-29"',
    'issues: [taiwan]',
    'seal:',
    `  sha256: ${seal.sha256}`,
    '  presentation:',
    ...Object.entries(presentationOf({ byline: null, publication: 'P' })).map(([k, hash]) => `    ${k}: "${hash}"`),
    '  paragraphs:',
    ...seal.paragraphs.map((hash) => `    - "${hash}"`),
  ].join('\n');
  const articles: CheckedGlobOptions = {
    base: join(dir, 'notes'),
    pattern: '*/*.md',
    schema: articleSchema,
    verbatimBody: true,
    check: checkSeal,
  };
  /** The line the body starts on: after the opening `---`, the frontmatter and the closing `---`. */
  const start = frontmatter.split('\n').length + 3;

  test('the sealed body passes; a zero-width character in it is the column’s own', () => {
    expect(problem('col.md', `---\n${frontmatter}\n---\n${body}`, articles)).toBeUndefined();
  });
  test('a one-character edit names the paragraph, its line and the command', () => {
    const edited = body.replace('verbatim', 'verbatin');
    expect(problem('col.md', `---\n${frontmatter}\n---\n${edited}`, articles)).toBe(
      `${file('col.md')}:${start + 3}: seal: paragraph 2 no longer matches the seal: "Second paragraph, verbatin."` +
        '. The column must stay verbatim; if this edit is intended, run npm run seal -- col',
    );
  });
  test('an added paragraph and a missing one are named', () => {
    expect(problem('col.md', `---\n${frontmatter}\n---\n${body}\nAn added line.\n`, articles)).toMatch(
      /seal: paragraph 4 is not in the seal \(it seals 3\): "An added line\."/,
    );
    expect(problem('col.md', `---\n${frontmatter}\n---\n${body.replace('\nThi\u200Brd.\n', '')}`, articles)).toMatch(
      /seal: paragraph 3 of 3 sealed paragraphs is missing from the body/,
    );
  });
  test('a mark, a byline or a publication changed after sealing breaks the seal, naming the field', () => {
    const marked = frontmatter.replace(
      'issues: [taiwan]',
      'issues: [taiwan]\nmarks:\n  - { role: artifact, text: "First paragraph." }',
    );
    expect(problem('col.md', `---\n${marked}\n---\n${body}`, articles)).toBe(
      `${file('col.md')}: seal: marks no longer match the seal. How the column is presented (which paragraphs are its own, whose it is) must stay as received; if this edit is intended, run npm run seal -- col`,
    );
    const byline = frontmatter.replace('byline: null', 'byline: Someone Else');
    expect(problem('col.md', `---\n${byline}\n---\n${body}`, articles)).toMatch(
      /seal: byline no longer matches the seal/,
    );
    const publication = frontmatter.replace('publication: P', 'publication: Q');
    expect(problem('col.md', `---\n${publication}\n---\n${body}`, articles)).toMatch(
      /seal: publication no longer matches/,
    );
  });
  test('an article without a seal is told how to make one', () => {
    const unsealed = frontmatter.slice(0, frontmatter.indexOf('seal:'));
    expect(problem('col.md', `---\n${unsealed}\n---\n${body}`, articles)).toContain(
      'seal: the article has no seal: run npm run seal -- <article>',
    );
  });
});
