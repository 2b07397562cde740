// One `astro build` in its own output and cache folders, timed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Builds the site and returns the wall-clock seconds. `env` may point the build
 * at other content (CONTENT_DIR) or another preview-image cache (OG_CACHE_DIR).
 */
export function timedBuild({ outDir, cacheDir, env = {} }) {
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync(process.execPath, [ASTRO, 'build'], {
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
  });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) {
    console.error(`${stdout}\n${stderr}`.slice(-4000));
    throw new Error(`astro build failed (exit ${status})`);
  }
  const pages = /(\d+) page\(s\) built/.exec(stdout)?.[1];
  return { seconds, pages: pages ? Number(pages) : undefined };
}
