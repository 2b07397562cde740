import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentFixture } from './fixture.ts';

const ARTICLE_ID = 'blinken-beijing-2023';

// A column is not always plain paragraphs: this one gains a block quote and a list
// (in a copy of content/), with a note on a list item's words. The engine must give
// them paragraph ids and anchor the note; the page must place the note after the list.
describe('a column with a block quote and a list', () => {
  const fixture = new ContentFixture();
  let build: ReturnType<ContentFixture['build']>;
  let html = '';

  beforeAll(() => {
    const article = `articles/${ARTICLE_ID}.md`;
    fixture.write(
      article,
      `${fixture.read(article).trimEnd()}\n\n> A quoted line added for the block test.\n\n- the first listed thing\n- the second listed thing\n`,
    );
    fixture.seal(ARTICLE_ID);
    fixture.write(
      `notes/${ARTICLE_ID}/listed-thing.md`,
      '---\nsubject: taiwan\ntype: context\nsummary: A note on a list item.\ntarget:\n  exact: "second listed thing"\n---\n\nListed.\n',
    );
    build = fixture.build();
    if (build.status === 0) html = readFileSync(join(build.outDir, ARTICLE_ID, 'index.html'), 'utf8');
  });
  afterAll(() => fixture.remove());

  test('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  test('the quote and each list item are paragraphs with ids, and the note anchors in its item', () => {
    expect(html).toMatch(/<blockquote>\s*<p id="p-\d+">A quoted line added for the block test\.<\/p>/);
    expect(html).toMatch(/<li id="p-\d+">the first listed thing<\/li>/);
    expect(html).toMatch(
      /<li id="p-\d+">the <mark class="passage" data-notes="listed-thing" id="a-listed-thing-1">second listed thing<\/mark>/,
    );
  });

  test('the note follows the list, and links back to its passage', () => {
    const list = html.indexOf('<ul>', html.indexOf('the first listed thing') - 40);
    const listEnd = html.indexOf('</ul>', list);
    const note = html.indexOf('id="note-listed-thing"');
    expect(list).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(listEnd);
    expect(html.slice(listEnd, note)).toMatch(/^<\/ul>\s*<div class="notes"[^>]*>\s*<details/);
    expect(html).toContain('href="#a-listed-thing-1"');
  });
});
