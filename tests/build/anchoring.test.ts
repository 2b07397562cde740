import { describe, expect, test } from 'vitest';
import { buildWith } from './fixture.ts';

const ARTICLE = 'articles/blinken-beijing-2023.md';
const NOTE = 'notes/blinken-beijing-2023/gil-misspelling.md';

// Each case breaks one anchor or id in a copy of content/ and expects `astro build`
// to stop with a message that names the file(s) and what is wrong.
describe('a broken anchor fails the build', () => {
  test('a selector that matches nothing names the note file, the selector and the closest passage', () => {
    const { status, output } = buildWith((f) => f.edit(NOTE, 'exact: "Gil said"', 'exact: "Gil sayd"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/notes\/blinken-beijing-2023\/gil-misspelling\.md: target\[0\] "Gil sayd" matches nothing/,
    );
    expect(output).toContain('The closest passage in the column is "Gil said"');
  });

  test('a selector that matches several times names the note file and the count, and asks for a prefix or suffix', () => {
    const { status, output } = buildWith((f) => f.edit(NOTE, 'exact: "Gil said"', 'exact: "said"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /gil-misspelling\.md: target\[0\] "said" matches \d+ times in \S*articles\/blinken-beijing-2023\.md/,
    );
    expect(output).toContain('add a prefix or suffix');
  });

  test("an ask's passage that matches nothing names the article file and the field", () => {
    const { status, output } = buildWith((f) =>
      f.edit(ARTICLE, 'exact: "the Chinese flatly refused"', 'exact: "the Chinese flatly agreed"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /articles\/blinken-beijing-2023\.md: asks\[1\]\.passage "the Chinese flatly agreed" matches nothing/,
    );
  });

  test('a note about a person the article does not list names the note and the article', () => {
    const { status, output } = buildWith((f) => {
      f.write('people/someone-else.md', f.read('people/bonnie-glaser.md'));
      f.edit(NOTE, 'subject: bates-gill', 'subject: someone-else');
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /gil-misspelling\.md: subject "someone-else" is not an issue or person of \S*articles\/blinken-beijing-2023\.md/,
    );
  });

  test('two note files whose ids collide name both files', () => {
    const { status, output } = buildWith((f) =>
      f.write('notes/blinken-beijing-2023/Gil-Misspelling.md', f.read(NOTE).replace('Gil said', 'Gil said.')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('blinken-beijing-2023/gil-misspelling');
    expect(output).toMatch(/notes\/blinken-beijing-2023\/gil-misspelling\.md/);
    expect(output).toMatch(/notes\/blinken-beijing-2023\/Gil-Misspelling\.md/);
  });

  test('two note files whose ids collide fail even when their text is the same', () => {
    const { status, output } = buildWith((f) => f.write('notes/blinken-beijing-2023/Gil-Misspelling.md', f.read(NOTE)));
    expect(status).not.toBe(0);
    expect(output).toMatch(/notes\/blinken-beijing-2023\/gil-misspelling\.md/);
    expect(output).toMatch(/notes\/blinken-beijing-2023\/Gil-Misspelling\.md/);
  });

  test('a person and an issue with the same id name both files', () => {
    const { status, output } = buildWith((f) => f.write('people/taiwan.md', f.read('people/bonnie-glaser.md')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/people\/taiwan\.md: section id "taiwan" is also used by \S*issues\/taiwan\.md/);
  });
});
