// `npm run bench`: Lighthouse (mobile) on the article page and one share page,
// build time against the number of articles with a cold and a warm preview-image
// cache, and the annotation engine's throughput. Prints one report and writes
// .bench/results.json; the previous results.json, if any, is shown alongside.
//
// BENCH_SIZES=1,10 (default 1,10,100) picks the article counts; BENCH_SKIP=lighthouse,scaling,annotate skips parts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../static-server.mjs';
import { annotationThroughput } from './annotate.mjs';
import { timedBuild } from './build-site.mjs';
import { buildScaling, scalingRatio } from './build-scaling.mjs';
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

async function lighthouseRows() {
  const work = mkdtempSync(join(tmpdir(), 'floorboards-bench-site-'));
  try {
    log('building the site for Lighthouse…');
    const dist = join(work, 'dist');
    timedBuild({ outDir: dist, cacheDir: join(work, 'cache'), env: { OG_CACHE_DIR: join(work, 'og') } });
    const { server, origin } = await startServer({ root: dist, port: 0 });
    try {
      const paths = pagesToAudit(dist);
      log(`Lighthouse (mobile) on ${paths.join(', ')}…`);
      return await audit(paths.map((p) => new URL(p, origin).href));
    } finally {
      await new Promise((done) => server.close(done));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  lighthouse: skip.has('lighthouse') ? undefined : await lighthouseRows(),
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
