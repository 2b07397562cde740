import { describe, expect, test } from 'vitest';
import { buildWith } from './fixture.ts';

const ARTICLE = 'articles/blinken-beijing-2023.md';

// Each case breaks one thing in a copy of content/ and expects `astro build` to
// stop with a message that names the file and the field.
describe('a broken content model fails the build', () => {
  test('an unknown key in an article', () => {
    const { status, output } = buildWith((f) => f.edit(ARTICLE, 'byline: null', 'byline: null\nauthor: Somebody'));
    expect(status).not.toBe(0);
    expect(output).toContain('blinken-beijing-2023');
    expect(output).toMatch(/author/);
  });

  test('a missing required field in an issue', () => {
    const { status, output } = buildWith((f) => f.edit('issues/taiwan.md', /^summary: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('taiwan');
    expect(output).toMatch(/summary/);
  });

  test('an impossible date in an article', () => {
    const { status, output } = buildWith((f) => f.edit(ARTICLE, 'published: "2023-06"', 'published: "2023-02-30"'));
    expect(status).not.toBe(0);
    expect(output).toContain('blinken-beijing-2023');
    expect(output).toMatch(/published/);
    expect(output).toMatch(/day 30 does not exist/);
  });

  test('an article that names an issue with no file', () => {
    const { status, output } = buildWith((f) =>
      f.edit(ARTICLE, 'issues: [spy-balloon,', 'issues: [trade-war, spy-balloon,'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/blinken-beijing-2023.md');
    expect(output).toMatch(/issues\[0\]: unknown issue "trade-war"/);
  });

  test('an article that names a person with no file', () => {
    const { status, output } = buildWith((f) => f.edit(ARTICLE, 'people: [', 'people: [henry-kissinger, '));
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/blinken-beijing-2023.md');
    expect(output).toMatch(/people\[0\]: unknown person "henry-kissinger"/);
  });

  test('a stance for a party that content/parties.yaml does not list', () => {
    const { status, output } = buildWith((f) => f.edit('issues/taiwan.md', 'party: china', 'party: taiwan-strait'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/issues/taiwan.md');
    expect(output).toMatch(/stances\[1\]\.party: unknown party "taiwan-strait"/);
  });

  test('an issue with one party only', () => {
    const { status, output } = buildWith((f) =>
      f.edit('issues/taiwan.md', / {2}- party: china\n[\s\S]*?(?=^sources:)/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('taiwan');
    expect(output).toMatch(/at least two parties/);
  });

  test('a column’s reading of an issue the column does not list', () => {
    const { status, output } = buildWith((f) =>
      f.write('readings/blinken-beijing-2023/trade-war.md', 'The column says little about trade.\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/readings/blinken-beijing-2023/trade-war.md');
    expect(output).toMatch(/"trade-war\\?" is not an issue of \S*content\/articles\/blinken-beijing-2023\.md/);
  });
});
