// `npm test`: lint and types, unit tests, broken-content builds, a production build, then
// the browser tests against it (Chromium's full suite, the Nu HTML Checker, and the
// reader-facing checks in Chromium, Firefox and WebKit). `npm run test:quick` (--quick):
// lint, unit tests, a production build and the reader-facing checks in Chromium only.
//
// The phases run in two lanes at once, one per core: what does not need the build
// (lint, unit, fixture builds) beside the build and the browser tests. Every phase runs
// even when another fails, except the browser tests after a failed build; each phase's
// output is printed whole when it ends, with its time. The last line counts every test
// of every phase, failures included, and the exit code is non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromiumMissing, hasChromium } from './chromium.mjs';
import { enginesMissing } from './engines.mjs';

const quick = process.argv.includes('--quick');
const workers = process.env.TEST_WORKERS ?? '2';

const missing = [hasChromium() ? undefined : chromiumMissing, quick ? undefined : enginesMissing()].filter(Boolean);
if (missing.length > 0) {
  console.error(missing.join('\n\n'));
  process.exit(1);
}

// Plain text when the output is not a terminal (a log file, CI): the phases are told
// not to colour (NO_COLOR; vitest colours whenever TERM looks capable, and Node warns
// when FORCE_COLOR is set beside NO_COLOR) and any escape code left is stripped.
const plain = !process.stdout.isTTY;
const childEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (plain) {
  childEnv.NO_COLOR = '1';
  delete childEnv.FORCE_COLOR;
}
const reports = mkdtempSync(join(tmpdir(), 'floorboards-vitest-'));
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command, its output kept until it ends; resolves to its exit code and output. */
function execute(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...childEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const text = () => (plain ? stripVTControlCharacters(output) : output);
    child.on('error', (error) => resolve({ status: 1, output: `${text()}\n${error.message}` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output: text() }));
  });
}

/** A phase that is one check: it passes or fails as a whole (lint, the build). */
const command = (name, cmd, args) => ({
  name,
  async run() {
    const { status, output } = await execute(cmd, args);
    return { status, output, counts: { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 } };
  },
});

/**
 * Counts from vitest's JSON report, per file, with each file's whole time from
 * scripts/vitest-file-times.mjs (the JSON report's own start and end leave out the
 * file's import and its beforeAll/afterAll hooks).
 */
function readReport(file, timesFile) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const times = new Map(
    existsSync(timesFile) ? JSON.parse(readFileSync(timesFile, 'utf8')).map(({ file, ms }) => [file, ms]) : [],
  );
  const files = report.testResults.map((result) => {
    const count = (status) => result.assertionResults.filter((test) => test.status === status).length;
    const crashed = result.status === 'failed' && count('failed') === 0 ? 1 : 0;
    return {
      file: relative(process.cwd(), result.name),
      ms: times.get(result.name),
      passed: count('passed'),
      // A file that failed without a failing test (an import or hook error) counts as one failure.
      failed: count('failed') + crashed,
      skipped: count('skipped') + count('pending') + count('todo'),
    };
  });
  return files;
}

/** A file's time: milliseconds under a second, so that a quick file does not read "0.0 s". */
const fileTime = (ms) => (ms === undefined ? 'no time' : ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms));

/** A vitest phase: its tests' counts; a run that fails without a failing test counts one failure. */
const vitest = (name, projects, files = []) => ({
  name,
  async run() {
    const report = join(reports, `${name.replace(/\W+/g, '-')}.json`);
    const times = join(reports, `${name.replace(/\W+/g, '-')}.times.json`);
    const { status, output } = await execute(
      'npx',
      [
        'vitest',
        'run',
        ...projects.flatMap((project) => ['--project', project]),
        ...files,
        `--maxWorkers=${workers}`,
        '--reporter=default',
        '--reporter=json',
        '--reporter=./scripts/vitest-file-times.mjs',
        `--outputFile.json=${report}`,
      ],
      { VITEST_FILE_TIMES: times },
    );
    const results = readReport(report, times) ?? [];
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const result of results) for (const key of Object.keys(counts)) counts[key] += result[key];
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    const slowest = results
      .toSorted((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .map((r) => `    ${fileTime(r.ms).padStart(8)}  ${r.file} (${r.passed} passed, ${r.failed} failed)`);
    return { status, output: `${output}\n  time per file, slowest first:\n${slowest.join('\n')}`, counts };
  },
});

const lint = command('lint: astro check, eslint, prettier', 'npm', ['run', 'lint']);
const unit = vitest('unit tests', ['unit']);
const fixtures = vitest('broken-content builds', ['build']);
const site = command('astro build', 'npx', ['astro', 'build']);
const browsers = quick
  ? vitest('reader checks in Chromium', ['engines'], ['tests/engines/chromium.test.ts'])
  : vitest('browser tests: Chromium suite, Nu HTML Checker, three engines', ['e2e', 'engines']);

// Each lane runs its phases in order; a phase listed with `needs` runs only if that one passed.
const lanes = quick
  ? [[lint], [unit, site, { ...browsers, needs: site }]]
  : [
      [lint, unit, fixtures],
      [site, { ...browsers, needs: site }],
    ];

const results = [];
async function runLane(phases) {
  for (const phase of phases) {
    const needed = phase.needs && results.find((result) => result.name === phase.needs.name);
    if (needed && needed.status !== 0) {
      results.push({
        name: phase.name,
        status: 1,
        ms: 0,
        counts: { passed: 0, failed: 1, skipped: 0 },
        notRun: needed.name,
      });
      console.log(`\n✗ ${phase.name}: not run, because ${needed.name} failed (counted as one failure)`);
      continue;
    }
    console.log(`▶ ${phase.name} (started at ${seconds(performance.now() - started)})`);
    const begin = performance.now();
    const { status, output, counts } = await phase.run();
    const ms = performance.now() - begin;
    results.push({ name: phase.name, status, ms, counts });
    const { passed, failed, skipped } = counts;
    console.log(`\n──── ${phase.name} ────\n${output.trimEnd()}`);
    console.log(
      `${status === 0 ? '✓' : '✗'} ${phase.name}: ${seconds(ms)}, ${passed} passed, ${failed} failed, ${skipped} skipped\n`,
    );
  }
}

await Promise.all(lanes.map(runLane));
rmSync(reports, { recursive: true, force: true });

const wall = performance.now() - started;
const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\nphase                                                          time   passed failed skipped');
for (const { name, ms, counts, notRun } of results) {
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  const time = notRun ? 'not run' : seconds(ms);
  console.log(
    `${name.padEnd(58)} ${time.padStart(10)} ${String(counts.passed).padStart(8)} ${String(counts.failed).padStart(6)} ${String(counts.skipped).padStart(7)}`,
  );
}
console.log(
  `total wall time ${seconds(wall)} (phases added up: ${seconds(results.reduce((sum, r) => sum + r.ms, 0))}, in ${lanes.length} lanes)`,
);
const failed = results.some((result) => result.status !== 0) || totals.failed > 0;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
