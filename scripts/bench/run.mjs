// `npm run bench`: every benchmark, each writing its table to docs/figures/<name>.md.
// Lighthouse (mobile) on the article page and one share page, build time against the
// number of articles with a cold and a warm preview-image cache, and the annotation
// engine's throughput make one report here (the previous .bench/results.json, if any,
// is shown alongside); then the figures' sizes, the preview-card cache, one card's
// stages, the wide layout in three engines and the build against plain Astro, each by
// its own script.
//
// BENCH_SIZES=1,10 (default 1,10,100) picks the article counts of the scaling part;
// BENCH_BUILD_SIZES those of `npm run bench:build` (default 1,10,100,500: the longest part);
// BENCH_SKIP=lighthouse,scaling,annotate,figures,og,cards,layout,build skips parts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../static-server.mjs';
import { annotationThroughput } from './annotate.mjs';
import { benchTemp, timedBuild } from './build-site.mjs';
import { buildScaling, scalingRatio } from './build-scaling.mjs';
import { writeFiguresDoc } from './figures-doc.mjs';
import { audit } from './lighthouse.mjs';
import { change, table } from './table.mjs';

const RESULTS = '.bench/results.json';
const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined;
const log = (message) => console.error(message);

/** The article page and one share page of the first article, as site paths. */
function pagesToAudit(dist) {
  const [article] = readdirSync(join(process.env.CONTENT_DIR ?? 'content', 'articles'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  const shares = readdirSync(join(dist, article), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, article, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  const share = shares.includes('taiwan') ? 'taiwan' : shares[0];
  return [`/${article}/`, ...(share ? [`/${article}/${share}/`] : [])];
}

/** Builds the site into a temporary folder for Lighthouse and the layout figures; returns the folder. */
function siteBuild() {
  const work = benchTemp('site');
  log('building the site for Lighthouse and the layout figures…');
  timedBuild({ outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), env: { OG_CACHE_DIR: join(work, 'og') } });
  return work;
}

async function lighthouseRows(dist) {
  const { server, origin } = await startServer({ root: dist, port: 0 });
  try {
    const paths = pagesToAudit(dist);
    log(`Lighthouse (mobile) on ${paths.join(', ')}…`);
    return await audit(paths.map((p) => new URL(p, origin).href));
  } finally {
    await new Promise((done) => server.close(done));
  }
}

const failed = [];
/** Runs one of the other benchmark scripts, which writes its own docs/figures/ table; a failure is reported at the end. */
function runScript(args, env = {}) {
  log(`${args.join(' ')}…`);
  const { status } = spawnSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) failed.push(`${args.join(' ')} (exit ${status})`);
}

const needsSite = !skip.has('lighthouse') || !skip.has('layout');
const site = needsSite ? siteBuild() : undefined;
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  lighthouse: skip.has('lighthouse') ? undefined : await lighthouseRows(join(site, 'dist')),
  buildScaling: undefined,
  scalingRatio: undefined,
  annotation: undefined,
};
if (!skip.has('scaling')) {
  log(`build scaling for N = ${sizes.join(', ')}…`);
  results.buildScaling = buildScaling(sizes, log);
  results.scalingRatio = scalingRatio(results.buildScaling);
}
if (!skip.has('annotate')) {
  log('npm run bench:annotate…');
  results.annotation = annotationThroughput();
}

const before = (list, key, value) => previous?.[list]?.find((row) => row[key] === value);
const out = [];
out.push(`Floorboards benchmarks, ${results.date} (${results.machine.cpus} CPUs, Node ${results.machine.node})`);
if (previous) out.push(`compared with ${previous.date} ("was" columns)`);
if (results.lighthouse) {
  out.push('', 'Lighthouse, mobile (target 100 in every category)');
  out.push(
    table(
      ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'was', 'total bytes', 'was'],
      results.lighthouse.map((r) => {
        const was = before('lighthouse', 'url', r.url);
        return [
          r.url,
          r.performance,
          r.accessibility,
          r['best-practices'],
          r.seo,
          `${r.lcpMs} ms`,
          change(r.lcpMs, was?.lcpMs),
          `${r.totalBytes} B`,
          change(r.totalBytes, was?.totalBytes),
        ];
      }),
    ),
  );
  for (const r of results.lighthouse)
    if (r.failing.length) out.push(`  ${r.url} audits below 100: ${r.failing.join(', ')}`);
}
if (results.buildScaling) {
  out.push(
    '',
    'Build time against articles (each build: fresh output and Astro cache; preview-image cache cold or warm)',
  );
  out.push(
    table(
      ['articles', 'pages', 'cold', 's/article', 'was', 'warm', 's/article', 'was'],
      results.buildScaling.map((r) => {
        const was = before('buildScaling', 'articles', r.articles);
        return [
          r.articles,
          r.pages,
          `${r.coldSeconds.toFixed(1)} s`,
          r.coldSecondsPerArticle.toFixed(3),
          change(r.coldSeconds, was?.coldSeconds),
          `${r.warmSeconds.toFixed(1)} s`,
          r.warmSecondsPerArticle.toFixed(3),
          change(r.warmSeconds, was?.warmSeconds),
        ];
      }),
    ),
  );
  const ratio = results.scalingRatio;
  if (ratio) {
    out.push(
      `N=${ratio.big} / N=${ratio.small} build time: cold ${ratio.cold.toFixed(2)}, warm ${ratio.warm.toFixed(2)} (target <= ${ratio.big / ratio.small + 1}, i.e. linear)`,
    );
  }
}
if (results.annotation) out.push('', 'Annotation throughput (npm run bench:annotate)', results.annotation.table);
console.log(out.join('\n'));

mkdirSync('.bench', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
log(`\nwrote ${RESULTS}`);

if (results.lighthouse) {
  writeFiguresDoc('lighthouse', {
    title: 'Lighthouse, mobile settings',
    command: 'npm run bench',
    about:
      `Lighthouse ${results.lighthouse[0]?.lighthouse ?? ''} with its default mobile settings (simulated slow 4G and a ` +
      'slower CPU) on the article page and one share page of a fresh build, each in a fresh Chromium, served ' +
      'gzipped by scripts/static-server.mjs as a host would serve them. The target is 100 in every category.',
    sections: [
      {
        table: {
          header: ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP (ms)', 'Total bytes'],
          rows: results.lighthouse.map((r) => [
            `\`${r.url}\``,
            r.performance,
            r.accessibility,
            r['best-practices'],
            r.seo,
            r.lcpMs,
            r.totalBytes,
          ]),
        },
        notes: results.lighthouse.map(
          (r) => `Audits under 100 on \`${r.url}\`: ${r.failing.length ? r.failing.join(', ') : 'none'}.`,
        ),
      },
    ],
  });
}
if (results.buildScaling) {
  const ratio = results.scalingRatio;
  writeFiguresDoc('build-scaling', {
    title: 'Build time against the number of articles',
    command: `BENCH_SIZES=${sizes.join(',')} BENCH_SKIP=lighthouse,annotate,figures,og,cards,layout,build npm run bench`,
    about:
      'Copies of content/ with N articles (the real one and renamed copies with all their notes), each built ' +
      'with fresh output and Astro cache folders, once with an empty preview-card cache (cold) and once with ' +
      'the cache that build filled (warm).',
    sections: [
      {
        table: {
          header: ['Articles', 'Pages', 'Cold (s)', 's / article', 'Warm (s)', 's / article'],
          rows: results.buildScaling.map((r) => [
            r.articles,
            r.pages,
            r.coldSeconds.toFixed(1),
            r.coldSecondsPerArticle.toFixed(3),
            r.warmSeconds.toFixed(1),
            r.warmSecondsPerArticle.toFixed(3),
          ]),
        },
        notes: ratio
          ? [
              `N=${ratio.big} ÷ N=${ratio.small} build time: cold ${ratio.cold.toFixed(2)}, warm ${ratio.warm.toFixed(2)} ` +
                `(target ≤ ${ratio.big / ratio.small + 1}: no worse than linear).`,
            ]
          : [],
      },
    ],
  });
}

try {
  if (!skip.has('figures')) runScript([process.execPath, 'scripts/bench-figures.ts']);
  if (!skip.has('og')) runScript([process.execPath, 'scripts/bench-og.mjs']);
  if (!skip.has('cards')) runScript([process.execPath, 'scripts/bench/card-stages.mjs']);
  if (!skip.has('layout')) {
    // WebKitGTK needs a display: under xvfb-run when there is none.
    const layout = [process.execPath, 'scripts/layout-figures.mjs'];
    const xvfb = !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
    runScript(xvfb ? ['/usr/bin/xvfb-run', '-a', ...layout] : layout, { ASTRO_OUT_DIR: join(site, 'dist') });
  }
  if (!skip.has('build')) {
    const env = process.env.BENCH_BUILD_SIZES ? { BENCH_SIZES: process.env.BENCH_BUILD_SIZES } : {};
    runScript([process.execPath, 'scripts/bench/build.mjs'], env);
  }
} finally {
  if (site) rmSync(site, { recursive: true, force: true });
}
if (failed.length) {
  log(`\nfailed, so their tables were not rewritten:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
