import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/lib/content-error.ts';
import { annotate, note, section } from './annotate.ts';

const COLUMN = [
  '“They understand ‘competition’ to mean there’s a winner and a loser,” Gil said.',
  'The Chinese hated it. The Chinese flatly refused.',
].join('\n\n');
const FILE = 'content/articles/col.md';
const sections = [section('bates-gill', 'Gil'), section('taiwan', 'Taiwan')];

/** The ContentError that annotating COLUMN with these notes throws. */
async function failure(options: Parameters<typeof annotate>[1]): Promise<ContentError> {
  const error = await annotate(COLUMN, { file: FILE, sections, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe('errors name the file and what is wrong', () => {
  test('a selector that matches nothing names the note, the selector and the closest passage', async () => {
    const error = await failure({ notes: [note('typo', 'bates-gill', { exact: 'Gil sad' })] });
    expect(error.message).toBe(
      'content/notes/col/typo.md: target[0] "Gil sad" matches nothing in content/articles/col.md. The closest passage in the column is "Gil said" (p-1).',
    );
  });

  test('the closest passage is found across a word change', async () => {
    const error = await failure({ notes: [note('typo', 'bates-gill', { exact: 'The Chinese loved it' })] });
    expect(error.message).toMatch(/^content\/notes\/col\/typo\.md: target\[0\] "The Chinese loved it" matches nothing/);
    expect(error.message).toContain('closest passage in the column is "The Chinese hated it" (p-2)');
  });

  test('the second passage of a note is named by its index', async () => {
    const error = await failure({
      notes: [note('two', 'bates-gill', { exact: 'Gil said' }, { exact: 'Bates Gill said' })],
    });
    expect(error.message).toMatch(/^content\/notes\/col\/two\.md: target\[1\] "Bates Gill said" matches nothing/);
  });

  test('a selector that matches twice names the count and asks for a prefix or suffix', async () => {
    const error = await failure({ notes: [note('twice', 'bates-gill', { exact: 'The Chinese' })] });
    expect(error.message).toBe(
      'content/notes/col/twice.md: target[0] "The Chinese" matches 2 times in content/articles/col.md (p-2); add a prefix or suffix (the words just before or after it) so that it matches once',
    );
  });

  test('a prefix that fits no occurrence says the exact words do occur', async () => {
    const error = await failure({ notes: [note('p', 'bates-gill', { exact: 'The Chinese', prefix: 'Then' })] });
    expect(error.message).toContain('content/notes/col/p.md: target[0] prefix "Then" + "The Chinese" matches nothing');
    expect(error.message).toContain('its exact words occur 2 time(s), but never with that prefix and suffix');
  });

  test("an ask's passage names the article file and the field", async () => {
    const error = await failure({ asks: [{ exact: 'more frequent meetings' }] });
    expect(error.message).toMatch(
      /^content\/articles\/col\.md: asks\[0\]\.passage "more frequent meetings" matches nothing/,
    );
  });

  test('a note whose subject is not a section of the article names the note and the article', async () => {
    const error = await failure({ notes: [note('stray', 'fentanyl', { exact: 'Gil said' })] });
    expect(error.message).toBe(
      'content/notes/col/stray.md: subject "fentanyl" is not an issue or person of content/articles/col.md (it lists: bates-gill, taiwan); add it to the article\'s issues or people, or change the subject',
    );
  });

  test('two notes with one id name both files', async () => {
    const first = note('gil-note', 'bates-gill', { exact: 'Gil said' });
    const second = { ...note('gil-note', 'bates-gill', { exact: 'Gil said' }), file: 'content/notes/col/Gil-note.md' };
    const error = await failure({ notes: [first, second] });
    expect(error.message).toBe(
      'content/notes/col/Gil-note.md: note id "gil-note" is also used by content/notes/col/gil-note.md; rename one of the two',
    );
  });

  test('two sections with one id name both files', async () => {
    const error = await failure({
      sections: [section('taiwan', 'Taiwan'), { id: 'taiwan', file: 'content/people/taiwan.md', terms: [] }],
    });
    expect(error.message).toBe(
      'content/people/taiwan.md: section id "taiwan" is also used by content/issues/taiwan.md; rename one of the two',
    );
  });

  test('a term claimed by two sections names both files', async () => {
    const error = await failure({ sections: [section('bates-gill', 'Gil'), section('gil-river', 'Gil')] });
    expect(error.message).toBe(
      'content/issues/gil-river.md: the term "Gil" already mentions "bates-gill" (content/issues/bates-gill.md); a term can link to one section only',
    );
  });

  test('a mark that matches no paragraph names the article', async () => {
    await expect(annotate(COLUMN, { file: FILE, marks: [{ role: 'credit', text: 'Nope.' }] })).rejects.toThrow(
      /^content\/articles\/col\.md: marks\[0\] \(credit\) matches no paragraph/,
    );
  });
});
