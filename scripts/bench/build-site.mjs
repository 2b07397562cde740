// One `astro build` in its own output and cache folders, timed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * A new folder for one benchmark build, inside the project (.bench/tmp/, git-ignored). Astro
 * keeps a static build's server chunks beside its output when the output is inside the working
 * directory, and in the project's own .astro/.prerender/ when it is not, where any other build
 * of the project (the tests, a dev tool) would overwrite them mid-build.
 */
export function benchTemp(name) {
  const parent = join(process.cwd(), '.bench', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${name}-`));
}
// GNU time reports the build's peak memory (resident set size) when it is installed.
const TIME = '/usr/bin/time';

/**
 * Builds the site and returns the wall-clock seconds and, where GNU time is installed,
 * the processor seconds and the peak resident memory in bytes. `env` may point the build at other content
 * (CONTENT_DIR) or another preview-image cache (OG_CACHE_DIR); `root` builds another
 * project (the benchmark's plain Astro baseline); `nodeArgs` go to node (`--cpu-prof`).
 */
export function timedBuild({ outDir, cacheDir, env = {}, root, nodeArgs = [] }) {
  const command = [process.execPath, ...nodeArgs, ASTRO, 'build', ...(root ? ['--root', root] : [])];
  const timed = existsSync(TIME);
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync(
    timed ? TIME : command[0],
    timed ? ['-v', ...command] : command.slice(1),
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ...env,
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) {
    console.error(`${stdout}\n${stderr}`.slice(-4000));
    throw new Error(`astro build failed (exit ${status})`);
  }
  const pages = /(\d+) page\(s\) built/.exec(stdout)?.[1];
  const phases = buildPhases(stdout);
  const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const cpu = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  return {
    seconds,
    pages: pages ? Number(pages) : undefined,
    phases,
    peakBytes: peakKb ? Number(peakKb) * 1024 : undefined,
    // Processor time, all threads: less swayed than wall time by other work on the machine.
    cpuSeconds: cpu.every(Boolean) ? cpu.reduce((sum, t) => sum + Number(t), 0) : undefined,
  };
}

/** Seconds in an Astro timing: `2.16s`, `607ms`, or `1m 6s` (minutes, captured with the seconds). */
const seconds = (value, unit) => {
  if (unit === 'ms') return Number(value) / 1000;
  const minutes = /^(\d+)m (\d+(?:\.\d+)?)$/.exec(value);
  return minutes ? Number(minutes[1]) * 60 + Number(minutes[2]) : Number(value);
};

/**
 * Where a build's time went, from Astro's own log: starting up and syncing content
 * (until "Collecting build info" completes), bundling the code (Vite), generating the
 * pages (rendered or copied from the last build), and the passes after the build
 * (sitemap, page policies, figure headers, export positions). Seconds; undefined
 * where the log did not say.
 */
export function buildPhases(log) {
  const find = (re) => {
    const m = re.exec(log);
    return m ? seconds(m[1], m[2]) : undefined;
  };
  const sync = find(/Collecting build info\.\.\.\n.*✓ Completed in ((?:\d+m )?[\d.]+)(m?s)\./);
  const bundle = [...log.matchAll(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+)(m?s)/g)].reduce(
    (sum, m) => sum + seconds(m[1], m[2]),
    0,
  );
  const pages = find(/generating static routes[\s\S]*?\n[^\n├└]*✓ Completed in ((?:\d+m )?[\d.]+)(m?s)\./);
  // The last "[build] ✓ Completed": the static build (bundling and generating the pages).
  const build = [...log.matchAll(/\[build\] ✓ Completed in ((?:\d+m )?[\d.]+)(m?s)\./g)]
    .map((m) => seconds(m[1], m[2]))
    .at(-1);
  const total = find(/page\(s\) built in ((?:\d+m )?[\d.]+)(m?s)/);
  const after =
    total !== undefined && sync !== undefined && build !== undefined ? Math.max(0, total - sync - build) : undefined;
  return { sync, bundle, pages, after };
}
