import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { headerBlocks } from '../headers-blocks.ts';
import { ContentFixture } from './fixture.ts';
import { addSecondColumn, SECOND_COLUMN } from './second-column.ts';

// A second column tagged `taiwan`, added with content files only, must build, and
// its Taiwan section must carry the issue (summary, stances, briefing) but none of
// the Blinken column's reading of it: that lives with the Blinken column.

const plain = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The plain text of the section with id `taiwan` on a built reading page. */
function taiwanSection(outDir: string, article: string): string {
  const html = readFileSync(join(outDir, article, 'index.html'), 'utf8');
  const start = html.indexOf('id="taiwan"');
  expect(start, `${article} has a Taiwan section`).toBeGreaterThan(-1);
  return plain(html.slice(start, html.indexOf('</aside>', start)));
}

describe('a second column tagged taiwan', () => {
  const fixture = new ContentFixture();
  let build: ReturnType<ContentFixture['build']>;
  // What the Blinken column says of Taiwan: its reading file and its outcome line.
  const reading = plain(fixture.read('readings/blinken-beijing-2023/taiwan.md'));
  const outcome = /issue: taiwan\n\s+outcome: [\w-]+\n\s+detail: "([^"]+)"/.exec(
    fixture.read('articles/blinken-beijing-2023.md'),
  )?.[1];

  beforeAll(() => {
    addSecondColumn(fixture);
    build = fixture.build();
  }, 300_000);
  afterAll(() => fixture.remove());

  test('builds from content files alone', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('_headers keeps the rules of public/_headers, the search page’s and the figures’ blocks: none a page or a column', () => {
    const rules = (text: string) => [...headerBlocks(text).keys()];
    const written = readFileSync(join(build.outDir, '_headers'), 'utf8');
    expect(rules(written)).toEqual([...rules(readFileSync('public/_headers', 'utf8')), '/search/*', '/figures/*']);
    expect(written).toContain(`Content-Security-Policy: default-src 'none'`);
  });

  test('the Blinken column’s Taiwan section carries its reading', () => {
    const section = taiwanSection(build.outDir, 'blinken-beijing-2023');
    expect(reading.length).toBeGreaterThan(40);
    expect(section).toContain(reading);
    expect(outcome).toBeDefined();
    expect(section).toContain(outcome);
  });

  test('the second column’s Taiwan section shows the issue and none of the Blinken column’s analysis', () => {
    const section = taiwanSection(build.outDir, SECOND_COLUMN);
    // The issue itself: its briefing and both parties' stances.
    expect(section).toContain('Taiwan governs itself');
    expect(section).toContain('United States');
    expect(section).toContain('China will never flinch');
    const reviewed = /^reviewed: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(fixture.read('issues/taiwan.md'))?.[1];
    expect(reviewed).toBeDefined();
    expect(section).toContain(`Last reviewed ${formatDate(reviewed!)}`);
    // Not the Blinken column's reading or outcome, nor anything about that column or its talks.
    for (const sentence of reading.split(/(?<=\.)\s+/)) expect(section).not.toContain(sentence);
    expect(section).not.toContain(outcome);
    expect(section).not.toMatch(/\bthe column (reports|counts|describes|sets)|Beijing talks|What the column says/i);
  });

  test('the second column’s Taiwan share page shows none of it either', () => {
    const page = plain(readFileSync(join(build.outDir, SECOND_COLUMN, 'taiwan', 'index.html'), 'utf8'));
    for (const sentence of reading.split(/(?<=\.)\s+/)) expect(page).not.toContain(sentence);
    expect(page).not.toMatch(/Beijing talks|What the column says/);
  });
});
