import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// scripts/check-source.mjs, which .ci/run points at the shared sources: here it
// gets a source and articles of our own in a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'floorboards-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = 'The first paragraph, as received.\nThe second one, with “quotes”.\nThe third.\n';

/** Runs the check on one article body (sealed as coming from source/column.txt unless `sourceFile` is false). */
function check(body: string, sourceFile: string | false = 'source/column.txt') {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  mkdirSync(join(dir, 'shared', 'source'), { recursive: true });
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'shared', 'source', 'column.txt'), SOURCE);
  const seal = sourceFile ? `seal:\n  sourceFile: "${sourceFile}"\n` : '';
  writeFileSync(join(dir, 'content', 'articles', 'col.md'), `---\ntitle: T\n${seal}---\n\n${body}`);
  const result = spawnSync(process.execPath, ['scripts/check-source.mjs', join(dir, 'shared'), join(dir, 'content')], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const paragraphs = SOURCE.trim().split('\n');

describe('the CI source check compares every sealed column exactly', () => {
  test('passes the column as received', () => {
    expect(check(paragraphs.join('\n\n'))).toEqual({ status: 0, output: 'source check: 1 passed, 0 failed\n' });
  });
  test('fails an added word, naming the paragraph and the word', () => {
    const { status, output } = check(paragraphs.join('\n\n').replace('second one', 'second new one'));
    expect(status).toBe(1);
    expect(output).toContain('paragraph 2 (line 9) differs at word 3: the source has "one, with');
  });
  test('fails an added paragraph and a missing one', () => {
    const added = check(`${paragraphs.join('\n\n')}\n\nA paragraph of our own.`);
    expect(added.status).toBe(1);
    expect(added.output).toContain('the source has 3 paragraphs, the article 4');
    expect(added.output).toContain('paragraph 4 (line 13) is not in the source: "A paragraph of our own."');
    const missing = check(paragraphs.slice(0, 2).join('\n\n'));
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('paragraph 3 of the source is missing: "The third."');
  });
  test('fails a source file that is not there, and checks nothing for an article that names none', () => {
    expect(check(paragraphs.join('\n\n'), 'source/other.txt').output).toContain(
      'seal.sourceFile "source/other.txt" is not in',
    );
    const none = check(paragraphs.join('\n\n'), false);
    expect(none.status).toBe(1);
    expect(none.output).toContain('no article names a seal.sourceFile');
  });
});
