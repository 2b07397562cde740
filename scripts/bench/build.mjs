// `npm run bench:build`: Floorboards against a plain Astro project (bench/plain-astro,
// the same Astro from the same node_modules) that renders the same synthetic columns'
// markdown and nothing else. For each N the four builds are interleaved (plain cold,
// Floorboards cold, plain warm, Floorboards warm) so that both see the same machine
// load; the ratios are what to compare on a busy machine, not the seconds.
//
// cold: empty Astro cache and empty preview-card cache. warm: a second build of the
// same content, nothing changed (Astro's cache and the card cache kept), fresh output.
// BENCH_SIZES=1,10,100 (default 1,10,100,500; keep the largest last). Writes .bench/build.json
// (BENCH_OUT names another file) and docs/figures/build.md. Run nothing else that builds this project meanwhile:
// builds of one project share its .astro/ folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { benchTemp, timedBuild } from './build-site.mjs';
import { syntheticContent } from './synthetic-content.mjs';
import { writeFiguresDoc } from './figures-doc.mjs';
import { table } from './table.mjs';

const OUT = process.env.BENCH_OUT ?? '.bench/build.json';
const PLAIN = join(process.cwd(), 'bench/plain-astro');
const sizes = (process.env.BENCH_SIZES ?? '1,10,100,500').split(',').map(Number);
const log = (message) => console.error(message);
const temp = (name) => mkdtempSync(join(tmpdir(), `floorboards-bench-${name}-`));

/** One build into a fresh output folder; the caches are the caller's. */
function build(label, { root, cacheDir, env }) {
  const work = benchTemp('out');
  try {
    const result = timedBuild({ outDir: join(work, 'dist'), cacheDir, env, root });
    const peak = result.peakBytes ? `, peak ${(result.peakBytes / 2 ** 20).toFixed(0)} MB` : '';
    const cpu = result.cpuSeconds ? `, ${result.cpuSeconds.toFixed(1)} s processor` : '';
    log(
      `  ${label}: ${result.seconds.toFixed(1)} s, ${result.pages} pages${cpu}${peak} (load ${loadavg()[0].toFixed(1)})`,
    );
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The four interleaved builds of N columns. */
function measure(n) {
  const content = syntheticContent(n);
  const caches = { plain: temp('plain-cache'), site: temp('astro-cache'), og: temp('og') };
  const plain = { root: PLAIN, cacheDir: caches.plain, env: { CONTENT_DIR: content } };
  const site = { cacheDir: caches.site, env: { CONTENT_DIR: content, OG_CACHE_DIR: caches.og } };
  log(`N = ${n}`);
  try {
    const plainCold = build('plain Astro, cold', plain);
    const cold = build('Floorboards, cold', site);
    const plainWarm = build('plain Astro, warm', plain);
    const warm = build('Floorboards, warm', site);
    return { columns: n, pages: cold.pages, plainCold, plainWarm, cold, warm };
  } finally {
    rmSync(dirname(content), { recursive: true, force: true });
    for (const dir of Object.values(caches)) rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryBytes: totalmem(),
  node: process.version,
  loadBefore: loadavg(),
};
const report = () => ({ date: new Date().toISOString(), machine, rows });
mkdirSync('.bench', { recursive: true });
for (const n of sizes) {
  rows.push(measure(n));
  // Written after every size, so that a long run that is stopped keeps what it measured.
  writeFileSync(OUT, `${JSON.stringify(report(), null, 2)}\n`);
}

const s = (seconds) => (seconds === undefined ? '—' : `${seconds.toFixed(1)} s`);
const mb = (bytes) => (bytes ? `${Math.round(bytes / 2 ** 20)} MB` : '—');
const x = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '—');
const sections = [
  {
    heading: 'Wall-clock seconds, and their ratio to plain Astro measured next to them',
    header: ['columns', 'pages', 'plain cold', 'cold', 'cold ÷ plain', 'plain warm', 'warm', 'warm ÷ plain'],
    rows: rows.map((r) => [
      r.columns,
      r.pages,
      s(r.plainCold.seconds),
      s(r.cold.seconds),
      x(r.cold.seconds, r.plainCold.seconds),
      s(r.plainWarm.seconds),
      s(r.warm.seconds),
      x(r.warm.seconds, r.plainWarm.seconds),
    ]),
  },
  {
    heading: 'Processor seconds (all threads) and peak memory (resident set)',
    header: [
      'columns',
      'plain cold',
      'cold',
      'cold ÷ plain',
      'plain warm',
      'warm',
      'warm ÷ plain',
      'peak plain',
      'peak cold',
      'peak warm',
    ],
    rows: rows.map((r) => [
      r.columns,
      s(r.plainCold.cpuSeconds),
      s(r.cold.cpuSeconds),
      x(r.cold.cpuSeconds, r.plainCold.cpuSeconds),
      s(r.plainWarm.cpuSeconds),
      s(r.warm.cpuSeconds),
      x(r.warm.cpuSeconds, r.plainWarm.cpuSeconds),
      mb(r.plainCold.peakBytes),
      mb(r.cold.peakBytes),
      mb(r.warm.peakBytes),
    ]),
  },
];
// Where each build's time went, by Astro's own log (scripts/bench/build-site.mjs).
const phase = (value) => (value === undefined ? '—' : `${value.toFixed(2)} s`);
sections.push({
  heading:
    'Phases (wall seconds from the build log): start-up and content sync, bundling, pages, passes after the build',
  header: ['columns', 'build', 'sync', 'bundle', 'pages', 'after', 'total'],
  rows: rows.flatMap((r) =>
    [
      ['plain cold', r.plainCold],
      ['cold', r.cold],
      ['plain warm', r.plainWarm],
      ['warm', r.warm],
    ].map(([name, b]) => [
      r.columns,
      name,
      phase(b.phases?.sync),
      phase(b.phases?.bundle),
      phase(b.phases?.pages),
      phase(b.phases?.after),
      s(b.seconds),
    ]),
  ),
});
// The cost of one more column, between consecutive sizes: flat if nothing grows with the square of N.
const steps = rows.slice(1).map((r, i) => {
  const p = rows[i];
  const per = (key, field) => `${(((r[key][field] - p[key][field]) / (r.columns - p.columns)) * 1000).toFixed(0)} ms`;
  return [
    `${p.columns} → ${r.columns}`,
    per('cold', 'seconds'),
    per('warm', 'seconds'),
    per('plainCold', 'seconds'),
    per('cold', 'cpuSeconds'),
    per('warm', 'cpuSeconds'),
  ];
});
if (steps.length) {
  sections.push({
    heading: 'Cost of one more column (wall, then processor)',
    header: ['columns', 'cold', 'warm', 'plain', 'cold cpu', 'warm cpu'],
    rows: steps,
  });
}
const out = [
  `Build time, Floorboards against plain Astro, ${report().date}`,
  `${machine.cpus} × ${machine.cpu}, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GB, Node ${machine.node}, load average before ${machine.loadBefore.map((l) => l.toFixed(1)).join(' ')}, ${(freemem() / 2 ** 30).toFixed(1)} GB free after`,
  ...sections.flatMap(({ heading, header, rows: lines, notes }) =>
    lines ? ['', heading, table(header, lines)] : ['', heading, ...notes],
  ),
];
// The targets the build is held to, where this run measured the sizes they name.
const at = (n) => rows.find((r) => r.columns === n);
const verdict = (ok) => (ok ? 'met' : 'not met');
const targets = [];
if (at(100)) {
  const { cold, warm, plainCold, plainWarm } = at(100);
  targets.push(
    `At 100 columns, cold ≤ 5× plain: ${verdict(cold.seconds <= 5 * plainCold.seconds)} (${x(cold.seconds, plainCold.seconds)}); ` +
      `warm ≤ 2× plain: ${verdict(warm.seconds <= 2 * plainWarm.seconds)} (${x(warm.seconds, plainWarm.seconds)}).`,
  );
}
if (at(500)?.cold.peakBytes) {
  targets.push(
    `A cold 500-column build within 2 GB: ${verdict(at(500).cold.peakBytes <= 2 * 2 ** 30)} (${mb(at(500).cold.peakBytes)}).`,
  );
}
if (targets.length) sections.push({ heading: 'Targets', notes: targets });
writeFiguresDoc('build', {
  title: 'Build time against plain Astro',
  command: `BENCH_SIZES=${sizes.join(',')} npm run bench:build`,
  about:
    "Floorboards and bench/plain-astro (the same Astro, rendering the same synthetic columns' markdown and " +
    'nothing else) built interleaved for each number of columns: plain cold, cold (empty Astro and card ' +
    'caches), plain warm, warm (nothing changed, both caches kept, fresh output). ' +
    `Load average before the first build: ${machine.loadBefore.map((l) => l.toFixed(1)).join(', ')}; ` +
    'on a busy machine compare the ratios, not the seconds.',
  sections: sections.map(({ heading, header, rows: lines, notes }) =>
    lines ? { heading, table: { header, rows: lines } } : { heading, notes },
  ),
});
console.log(out.join('\n'));
log(`\nwrote ${OUT}`);
