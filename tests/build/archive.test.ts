import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FRONT_PAGE_ANALYSES } from '../../src/editorial/archive.ts';
import { ContentFixture } from './fixture.ts';

// More columns than the front page shows in full, across several years: the front page
// keeps to the newest, so that it does not grow with the archive, and the archive, a page
// a year, lists every column once.

/** When each added column ran: years alone, months, out of order. */
const DATES = [
  '2024-06',
  '2019-05',
  '2024-02',
  '2021',
  '2024-05',
  '2020-07',
  '2024-01',
  '2020-01',
  '2024-04',
  '2022-02',
  '2024-03',
];
const BLINKEN = { id: 'blinken-beijing-2023', published: '2023-06' };
const added = DATES.map((published, i) => ({ id: `archive-column-${String(i + 1).padStart(2, '0')}`, published }));
const all = [...added, BLINKEN];
/** Every column, newest first: by date, then by id. */
const newest = all.toSorted((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));

const columnText = (n: number, published: string) => `---
title: "Archive test column ${n}"
dek: "A test column that ran in ${published}."
publication: Test Gazette
published: "${published}"
publishedLabel: "${published}"
byline: null
provenance: "A test text written for the build fixture."
annotated: "2026-11-30"
issues: [taiwan]
---

Taiwan's neighbours watched the island closely in ${published}.
`;

describe('an archive of twelve columns over six years', () => {
  const fixture = new ContentFixture();
  let build: ReturnType<ContentFixture['build']>;
  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
  const links = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

  beforeAll(() => {
    added.forEach(({ id, published }, i) => {
      fixture.write(`articles/${id}.md`, columnText(i + 1, published));
      fixture.seal(id);
    });
    build = fixture.build();
  }, 300_000);
  afterAll(() => fixture.remove());

  test('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test(`the front page shows the ${FRONT_PAGE_ANALYSES} newest in full, and says where the rest are`, () => {
    const html = page('');
    const shown = links(html, /<article class="analysis" aria-labelledby="([\w-]+)-title"/g);
    expect(shown).toEqual(newest.slice(0, FRONT_PAGE_ANALYSES).map((c) => c.id));
    for (const { id } of newest.slice(FRONT_PAGE_ANALYSES)) expect(html).not.toContain(`/og/${id}.png`);
    expect(html).toMatch(new RegExp(`The ${FRONT_PAGE_ANALYSES} newest of ${all.length} analyses are above`));
  });

  test('the front page links every year, newest first', () => {
    const years = [...new Set(newest.map((c) => c.published.slice(0, 4)))];
    expect(links(page(''), /href="\/archive\/(\d{4})\/"/g)).toEqual(years);
  });

  test('each year’s page lists its columns, newest first, and every column is on one', () => {
    const listed = newest
      .map((c) => c.published.slice(0, 4))
      .filter((year, i, years) => years.indexOf(year) === i)
      .flatMap((year) => links(page(`archive/${year}`), /<h2[^>]*><a href="\/([\w-]+)\/"/g));
    expect(listed).toEqual(newest.map((c) => c.id));
  });
});
