import { describe, expect, test } from 'vitest';
import { buildWith, type ContentFixture } from './fixture.ts';

const FILE = 'figures/spy-balloon.yaml';

/** Builds after `change`; the build must fail, and its output is returned. */
function failingBuild(change: (f: ContentFixture) => void): string {
  const { status, output } = buildWith(change);
  expect(status, output.slice(-2000)).not.toBe(0);
  expect(status).not.toBeNull();
  return output;
}

// A figure is drawn only from its data file: a value without a source, or a place that
// cannot be where the file says, must stop the build and name the file.
describe('a broken figure file fails the build, naming the file and the problem', () => {
  test('a place without its source', () => {
    const output = failingBuild((f) => f.edit(FILE, /\n {4}source:\n(?: {6}.*\n){4}/, '\n'));
    expect(output).toContain('spy-balloon');
    expect(output).toMatch(/figures/);
    expect(output).toMatch(/source/);
  });

  test('a place off its map', () => {
    const output = failingBuild((f) => f.edit(FILE, 'at: [-108.5, 45.78]', 'at: [108.5, 45.78]'));
    expect(output).toContain(FILE);
    expect(output).toContain('"Seen over Billings": longitude 108.5 is outside the map (-176 to -62)');
  });

  test('an impossible date', () => {
    const output = failingBuild((f) => f.edit(FILE, 'date: 2023-02-03', 'date: 2023-02-30'));
    expect(output).toContain('spy-balloon');
    expect(output).toMatch(/day 30 does not exist/);
  });
});
