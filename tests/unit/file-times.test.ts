import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// scripts/test.mjs prints each test file's time from scripts/vitest-file-times.mjs: the
// whole file, its import and beforeAll/afterAll hooks included. vitest's JSON report
// times a file from its first test to its last, so a file whose work is in a hook reads
// about 0 s there.

const HOOK_MS = 600;
const dir = mkdtempSync(join(tmpdir(), 'floorboards-file-times-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a file's time includes its beforeAll hook", () => {
  const times = join(dir, 'times.json');
  const report = join(dir, 'report.json');
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--root',
      'tests/unit/file-times',
      '--reporter=json',
      `--outputFile.json=${report}`,
      `--reporter=${resolve('scripts/vitest-file-times.mjs')}`,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOOK_MS: String(HOOK_MS), VITEST_FILE_TIMES: times } },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const [file] = JSON.parse(readFileSync(times, 'utf8')) as { file: string; ms: number }[];
  expect(file?.file).toMatch(/hooked\.spec\.ts$/);
  expect(file!.ms).toBeGreaterThanOrEqual(HOOK_MS);
  // What the JSON report alone would have printed for the same file.
  const [json] = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: { startTime: number; endTime: number }[] })
    .testResults;
  expect(json!.endTime - json!.startTime).toBeLessThan(HOOK_MS);
});
