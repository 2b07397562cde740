// `npm run new:column`: a column started from a text file builds once its frontmatter is
// filled in, the build names every field still empty, and an edit to the sealed text fails it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentFixture } from './fixture.ts';

const ID = 'new-test-column';
const SOURCE = 'tests/build/fixtures/new-column.txt';
const fixture = new ContentFixture();
afterAll(() => fixture.remove());

const newColumn = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-column.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixture.content },
  });

/** The source's paragraphs as the command reads them: one a line, blank lines dropped, trimmed. */
const paragraphs = readFileSync(SOURCE, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

describe('new:column', () => {
  test('refuses an id that is not a slug, and writes nothing', () => {
    const run = newColumn('New Column', '--source', SOURCE);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a lowercase slug/);
    expect(existsSync(join(fixture.content, 'articles', 'New Column.md'))).toBe(false);
  });

  test('writes the article with the text verbatim, sealed, and a folder for its notes', () => {
    const run = newColumn(ID, '--source', SOURCE, '--publication', 'Test Gazette');
    expect(run.status, run.stderr).toBe(0);
    const article = fixture.read(`articles/${ID}.md`);
    expect(article.split(/^---$/m)[2]!.trim()).toBe(paragraphs.join('\n\n'));
    expect(article).toMatch(/^seal:\n {2}sha256: [0-9a-f]{64}$/m);
    expect(existsSync(join(fixture.content, 'notes', ID))).toBe(true);
    expect(newColumn(ID, '--source', SOURCE).status).toBe(1);
  });

  test('the build names the file and every field still to fill in', () => {
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    for (const field of ['title', 'dek', 'published', 'publishedLabel', 'provenance', 'issues'])
      expect(output).toMatch(new RegExp(`articles/${ID}\\.md: ${field}: `));
  });

  test('filled in, it builds, and its page carries the text', () => {
    const fill: [string, string][] = [
      ['title: ""', 'title: "A new column"'],
      ['dek: ""', 'dek: "A column started from a text file."'],
      ['published: ""', 'published: "2024-05"'],
      ['publishedLabel: ""', 'publishedLabel: "May 2024"'],
      ['provenance: ""', 'provenance: "Typed for the test."'],
      ['issues: []', 'issues: [taiwan]'],
    ];
    for (const [from, to] of fill) fixture.edit(`articles/${ID}.md`, from, to);
    const { status, output, outDir } = fixture.build();
    expect(status, output).toBe(0);
    const html = readFileSync(join(outDir, ID, 'index.html'), 'utf8');
    for (const paragraph of paragraphs) expect(html.includes(paragraph), paragraph).toBe(true);
  });

  test('started with every field as a flag, a second column builds without its file being opened', () => {
    const id = `${ID}-flags`;
    const run = newColumn(
      id,
      '--source',
      SOURCE,
      '--publication',
      'Test Gazette',
      '--title',
      'A column from flags',
      '--dek',
      'Started without opening its file.',
      '--published',
      '2024-06',
      '--published-label',
      'June 2024',
      '--provenance',
      'Typed for the test.',
      '--issues',
      'taiwan, fentanyl',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/fill in/);
    expect(fixture.read(`articles/${id}.md`)).toMatch(/^issues: \[taiwan, fentanyl\]/m);
    const { status, output, outDir } = fixture.build();
    expect(status, output).toBe(0);
    expect(readFileSync(join(outDir, id, 'index.html'), 'utf8')).toContain('A column from flags');
  });

  test('an edit to the sealed text fails the build, naming the paragraph', () => {
    fixture.edit(`articles/${ID}.md`, 'said little in public', 'said nothing in public');
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`articles/${ID}\\.md:\\d+: seal: paragraph 3 no longer matches the seal`));
  });
});
