import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentFixture } from './fixture.ts';
import { addSecondColumn, SECOND_COLUMN } from './second-column.ts';

// Incremental builds copy a page from the last build when its content key and code
// are unchanged (src/build/build-keys.ts). A key that missed something a page shows
// would leave that page stale, so what an incremental build writes after a change is
// compared, file by file, with a full build of the same content.

const NOTE = 'notes/blinken-beijing-2023/artifact-continue-reading.md';
const NOTE_WORDS = 'we keep it only because we reprint the text exactly as received';
const ISSUE_WORDS = 'The self-governing island that Beijing claims';
/** The day before and the day after a measure's end date in content/events.yaml. */
const MEASURE_ENDS = /^ {2}ends: "?(\d{4}-\d{2}-\d{2})"?$/m;
const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every file under `dir`, by its path in the site. */
function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  );
}

/** The site paths an incremental build copied from the last one instead of rendering them. */
const copied = (output: string) => [...output.matchAll(/[├└]─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]);

/** Fails naming the first file that differs between two builds. */
function expectSameSite(incremental: string, full: string) {
  const a = files(incremental);
  const b = files(full);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing, 'files the incremental build wrote differently from a full build').toEqual([]);
}

describe('incremental builds', () => {
  const fixture = new ContentFixture();
  const builds: Record<string, ReturnType<ContentFixture['build']>> = {};

  const ends = MEASURE_ENDS.exec(fixture.read('events.yaml'))?.[1];
  const DAY = ends ? shiftDay(ends, -1) : '';
  const NEXT_DAY = ends ? shiftDay(ends, 1) : '';

  beforeAll(() => {
    expect(ends, 'a measure with an end date in content/events.yaml').toBeDefined();
    addSecondColumn(fixture);
    builds.first = fixture.build({ cache: 'kept', out: 'first', env: { FLOORBOARDS_BUILD_DAY: DAY } });
    builds.same = fixture.build({ cache: 'kept', out: 'same', env: { FLOORBOARDS_BUILD_DAY: DAY } });
    // Nothing changed but the day: a measure that has ended since must say so.
    builds.nextDay = fixture.build({ cache: 'kept', out: 'next-day', env: { FLOORBOARDS_BUILD_DAY: NEXT_DAY } });
    // A change to one column's note, then to an issue every column shows.
    fixture.edit(NOTE, NOTE_WORDS, 'it stays only because the text is reprinted exactly as received');
    builds.note = fixture.build({ cache: 'kept', out: 'note', env: { FLOORBOARDS_BUILD_DAY: NEXT_DAY } });
    builds.noteFull = fixture.build({ cache: 'none-1', out: 'note-full', env: { FLOORBOARDS_BUILD_DAY: NEXT_DAY } });
    fixture.edit('issues/taiwan.md', ISSUE_WORDS, 'The island that Beijing claims');
    builds.issue = fixture.build({ cache: 'kept', out: 'issue', env: { FLOORBOARDS_BUILD_DAY: NEXT_DAY } });
    builds.issueFull = fixture.build({ cache: 'none-2', out: 'issue-full', env: { FLOORBOARDS_BUILD_DAY: NEXT_DAY } });
  }, 600_000);
  afterAll(() => fixture.remove());

  test('every build passes', () => {
    for (const [name, build] of Object.entries(builds)) expect(build.status, `${name}:\n${build.output}`).toBe(0);
  });

  test('with nothing changed, every page from getStaticPaths is copied, none rendered', () => {
    expect(copied(builds.first!.output)).toEqual([]);
    const again = copied(builds.same!.output);
    expect(again).toContain(`/${SECOND_COLUMN}/taiwan/index.html`);
    expect(again).toContain('/blinken-beijing-2023/annotations.jsonld');
    expect(again).toContain('/timeline/taiwan/index.html');
    expectSameSite(builds.same!.outDir, builds.first!.outDir);
  });

  test('a build on a later day redraws the pages that say what is true as of that day', () => {
    expect(copied(builds.nextDay!.output)).toEqual([]);
    const was = (out: string) => readFileSync(join(out, 'timeline/index.html'), 'utf8');
    expect(was(builds.same!.outDir)).toMatch(/data-measure-end="running"/);
    expect(was(builds.nextDay!.outDir)).toMatch(/data-measure-end="unknown"/);
  });

  test('a changed note redraws its own column’s pages and copies the other column’s', () => {
    const reused = copied(builds.note!.output);
    expect(reused).toContain(`/${SECOND_COLUMN}/index.html`);
    expect(reused).toContain(`/${SECOND_COLUMN}/taiwan/index.html`);
    expect(reused.filter((path) => path.includes('blinken-beijing-2023'))).toEqual([]);
    const page = readFileSync(join(builds.note!.outDir, 'blinken-beijing-2023/index.html'), 'utf8');
    expect(page).toContain('it stays only because the text is reprinted');
    expectSameSite(builds.note!.outDir, builds.noteFull!.outDir);
  });

  test('a changed issue redraws every page that may show it', () => {
    const reused = copied(builds.issue!.output);
    expect(reused.filter((path) => new RegExp(`taiwan|${SECOND_COLUMN}|blinken`).test(path))).toEqual([]);
    const page = readFileSync(join(builds.issue!.outDir, `${SECOND_COLUMN}/taiwan/index.html`), 'utf8');
    expect(page).toContain('The island that Beijing claims');
    expectSameSite(builds.issue!.outDir, builds.issueFull!.outDir);
  });
});
