// The annotation engine's own benchmark (`npm run bench:annotate`), run as part of
// `npm run bench` so that its table lands in the same report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Runs `npm run bench:annotate`; returns its printed table and, if it wrote one, its JSON. */
export function annotationThroughput() {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
  if (!scripts['bench:annotate']) return { available: false, table: '(npm run bench:annotate is not defined yet)' };
  const { status, stdout, stderr } = spawnSync('npm', ['run', '--silent', 'bench:annotate'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (status !== 0) throw new Error(`npm run bench:annotate failed (exit ${status}):\n${stderr.slice(-2000)}`);
  const jsonFile = ['.bench/annotate.json', '.bench/annotation.json'].find((f) => existsSync(f));
  return {
    available: true,
    table: stdout.trim(),
    results: jsonFile ? JSON.parse(readFileSync(jsonFile, 'utf8')) : undefined,
  };
}
