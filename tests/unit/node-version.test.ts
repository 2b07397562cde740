import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// One supported Node range, said in four places that must agree: package.json's engines
// (what the project supports) and devEngines (what npm checks before it installs or
// runs anything, so an older Node fails at once), .nvmrc (the version to install) and
// .ci/run (which installs the .nvmrc version when the machine's Node is older).

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string; onFail: string } };
};
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
const ciRun = readFileSync('.ci/run', 'utf8');

/** The lowest supported version, from a range of the one form the project uses: `>=major.minor`. */
function minimum(range: string): [number, number] {
  const match = /^>=(\d+)\.(\d+)$/.exec(range);
  if (!match) throw new Error(`engines.node: expected ">=major.minor", found "${range}"`);
  return [Number(match[1]), Number(match[2])];
}

describe('the supported Node versions', () => {
  test('npm refuses an older Node before installing (devEngines says the same range, onFail error)', () => {
    expect(manifest.devEngines.runtime).toEqual({ name: 'node', version: manifest.engines.node, onFail: 'error' });
  });

  test('.nvmrc names a major version inside the range', () => {
    expect(nvmrc).toMatch(/^\d+$/);
    const [major] = minimum(manifest.engines.node);
    expect(Number(nvmrc)).toBeGreaterThanOrEqual(major);
  });

  test('.ci/run installs the .nvmrc version below the same minimum', () => {
    const [major, minor] = minimum(manifest.engines.node);
    expect(ciRun).toContain(`NODE_MIN_MAJOR=${major}\n`);
    expect(ciRun).toContain(`NODE_MIN_MINOR=${minor}\n`);
    expect(ciRun).toContain('NODE_VERSION="$(cat .nvmrc)"');
    expect(ciRun).toContain('"node@$NODE_VERSION"');
  });
});
