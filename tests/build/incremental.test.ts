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

  beforeAll(() => {
    addSecondColumn(fixture);
    builds.first = fixture.build({ cache: 'kept', out: 'first' });
    builds.same = fixture.build({ cache: 'kept', out: 'same' });
    // A change to one column's note, then to an issue every column shows.
    fixture.edit(NOTE, NOTE_WORDS, 'it stays only because the text is reprinted exactly as received');
    builds.note = fixture.build({ cache: 'kept', out: 'note' });
    builds.noteFull = fixture.build({ cache: 'none-1', out: 'note-full' });
    fixture.edit('issues/taiwan.md', ISSUE_WORDS, 'The island that Beijing claims');
    builds.issue = fixture.build({ cache: 'kept', out: 'issue' });
    builds.issueFull = fixture.build({ cache: 'none-2', out: 'issue-full' });
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
