// Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) by self time: the top
// packages (node_modules/<name>, node: internals, the project's own src/) and the
// top functions. `node scripts/bench/cpu-profile.mjs <dir-or-file> [rows]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { table } from './table.mjs';

/** Which package a script URL belongs to. */
export function packageOf(url) {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules && !url.includes('/dist/')) return modules[1];
  if (modules) return modules[1];
  if (/\/(dist|\.astro|chunks)\//.test(url)) return 'site code (built chunks)';
  return 'other';
}

/** Self milliseconds by package and by function, from one profile. */
export function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const packages = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const name = callFrame.functionName || '(anonymous)';
    const pkg = ['(idle)', '(garbage collector)', '(program)'].includes(name) ? name : packageOf(callFrame.url);
    const fn = `${name} (${pkg})`;
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
    total += ms;
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { totalMs: total, packages: top(packages, 12), functions: top(functions, 15) };
}

/** The newest `.cpuprofile` in a folder, or the file itself. */
function profileFile(path) {
  if (statSync(path).isFile()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files.length) throw new Error(`${path}: no .cpuprofile in the folder`);
  return files[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = profileFile(process.argv[2] ?? '.bench/profile');
  const rows = Number(process.argv[3] ?? 15);
  const { totalMs, packages, functions } = summarise(JSON.parse(readFileSync(file, 'utf8')));
  const pct = (ms) => `${((ms / totalMs) * 100).toFixed(1)}%`;
  console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled`);
  console.log(
    table(
      ['package', 'self', 'share'],
      packages.map(([p, ms]) => [p, `${(ms / 1000).toFixed(1)} s`, pct(ms)]),
    ),
  );
  console.log();
  console.log(
    table(
      ['function', 'self', 'share'],
      functions.slice(0, rows).map(([f, ms]) => [f, `${(ms / 1000).toFixed(1)} s`, pct(ms)]),
    ),
  );
}
