// A correction must be dated and must point to something a reader can see; a copy of
// content/ broken each way must fail `astro build`, naming the file and the problem.
import { describe, expect, test } from 'vitest';
import { buildWith, type ContentFixture } from './fixture.ts';

const NOTE = 'notes/blinken-beijing-2023/hugely-important.md';

function failingBuild(change: (f: ContentFixture) => void): string {
  const { status, output } = buildWith(change);
  expect(status, output.slice(-2000)).not.toBe(0);
  expect(status).not.toBeNull();
  return output;
}

const correction = (indent: string, date = '') =>
  [
    `${indent}corrections:`,
    `${indent}  - ${date ? `date: "${date}"\n${indent}    ` : ''}kind: correction`,
    `${indent}    wrong: "that the test said something else"`,
    `${indent}    right: "It says this now."`,
  ].join('\n');

/** Adds a dated correction to a file's frontmatter, first in its list if it already has one. */
const withCorrection = (text: string, date: string) =>
  /^corrections:$/m.test(text)
    ? text.replace(/^corrections:$/m, correction('', date))
    : text.replace(/^sources:/m, `${correction('', date)}\nsources:`);

describe('a correction that cannot be shown fails the build', () => {
  test('an undated correction on a note names the note and the missing date', () => {
    const output = failingBuild((f) => f.edit(NOTE, / {2}- date: "2026-11-30"\n {4}kind:/, '  - kind:'));
    expect(output).toContain('hugely-important');
    expect(output).toMatch(/corrections\[0\]\.date/);
    expect(output).toMatch(/A correction needs its date \(YYYY-MM-DD\)/);
  });

  test('a correction that does not say what kind of change it was names the file and the field', () => {
    const output = failingBuild((f) => f.edit(NOTE, /\n {4}kind: correction\n/, '\n'));
    expect(output).toContain('hugely-important');
    expect(output).toMatch(/corrections\[0\]\.kind/);
  });

  test('a correction dated only to the month names the file and asks for the day', () => {
    const output = failingBuild((f) => f.edit(NOTE, / {2}- date: "2026-11-30"/, '  - date: "2026-11"'));
    expect(output).toContain('hugely-important');
    expect(output).toMatch(/full date \(YYYY-MM-DD\)/);
  });

  test('an undated correction on an event names events.yaml', () => {
    const output = failingBuild((f) => f.edit('events.yaml', /\n {4}- date: 2026-11-30\n {6}kind:/, '\n    - kind:'));
    expect(output).toContain('events.yaml');
    expect(output).toMatch(/military-talks-resume|blinken-meets-xi/);
    expect(output).toMatch(/A correction needs its date \(YYYY-MM-DD\)/);
  });

  test('a correction to an issue that no article shows points nowhere', () => {
    const output = failingBuild((f) =>
      f.write(
        'issues/trade-war.md',
        withCorrection(
          f
            .read('issues/spy-balloon.md')
            .replace(/^name: .*$/m, 'name: Trade war')
            .replace(/^terms: .*$/m, 'terms: ["trade war"]'),
          '2026-11-30',
        ),
      ),
    );
    expect(output).toMatch(/issues\/trade-war\.md: corrections\[0\] points nowhere: no page shows this issue/);
  });

  test('a correction to a person that no article shows points nowhere', () => {
    const output = failingBuild((f) =>
      f.write(
        'people/wang-yi.md',
        withCorrection(f.read('people/qin-gang.md').replace(/^name: .*$/m, 'name: Wang Yi'), '2026-11-30'),
      ),
    );
    expect(output).toMatch(/people\/wang-yi\.md: corrections\[0\] points nowhere: no page shows this person/);
  });
});
