// `npm test`: lint and types, unit tests, broken-content builds, a production
// build, then the browser tests against it. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumMissing, hasChromium } from './chromium.mjs';

if (!hasChromium()) {
  console.error(chromiumMissing);
  process.exit(1);
}

const reports = mkdtempSync(join(tmpdir(), 'floorboards-vitest-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) {
    console.error(`\n✗ ${label} failed`);
    summarize();
    process.exit(status ?? 1);
  }
}

function vitest(project) {
  const report = join(reports, `${project}.json`);
  run(`vitest: ${project}`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += numPassedTests;
  totals.failed += numFailedTests;
  totals.skipped += numPendingTests + numTodoTests;
}

function summarize() {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

run('lint: astro check, eslint, prettier', 'npm', ['run', 'lint']);
vitest('unit');
vitest('build');
run('astro build', 'npx', ['astro', 'build']);
vitest('e2e');
summarize();
