// Site search and the note pages' cards, measured: the Pagefind index (files and bytes),
// what a reader's first query fetches and how long it takes to show results in Chromium,
// and preview cards per column with cold and warm build times, for the real site and the
// 100-column fixture, before the note pages and cards (the commit before them) and after.
// `npm run bench:search [-- <columns>]`; the table also goes to docs/figures/search.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { startServer } from '../static-server.mjs';
import { writeFiguresDoc } from './figures-doc.mjs';
import { syntheticContent } from './synthetic-content.mjs';
import { table } from './table.mjs';

const COLUMNS = Number(process.argv[2] ?? 100);
/** What a reader might type first; each is measured in a fresh browser context (a cold cache). */
const QUERIES = ['balloon', 'working group', 'Glaser'];
/** The last commit without search, note pages and their cards: the parent of the one that added them. */
const ADDED = execFileSync('git', ['log', '-1', '--format=%h', '--grep=^Site search and a page for every fact-check'], {
  encoding: 'utf8',
}).trim();
const BEFORE = `${ADDED}^`;

const work = mkdtempSync(join(tmpdir(), 'floorboards-bench-search-'));

/** The project's files at `commit` in a folder of their own, sharing this checkout's node_modules. */
function tree(commit) {
  const dir = join(work, `tree-${commit}`);
  mkdirSync(dir);
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${dir}`]);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Files and bytes under `dir`, and whether it exists. */
function sizeOf(dir) {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0) };
}

/** `astro build` of the tree at `root`, run there (its .astro/ and paths are its own); wall seconds. */
function timedBuild(root, env) {
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    },
  );
  if (status !== 0) {
    console.error(`${stdout}\n${stderr}`.slice(-4000));
    throw new Error(`astro build in ${root} failed (exit ${status})`);
  }
  return (performance.now() - started) / 1000;
}

/** A cold build (empty Astro and card caches), then one with only the card cache kept; seconds and cards. */
function builds(root, content, label) {
  const outDir = join(work, `${label}-out`);
  const cards = join(work, `${label}-cards`);
  const run = (name) => {
    const seconds = timedBuild(root, {
      CONTENT_DIR: content,
      OG_CACHE_DIR: cards,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, `${label}-astro-cache-${name}`),
    });
    console.error(`${label}, ${name}: ${seconds.toFixed(1)} s`);
    return seconds;
  };
  const cold = run('cold');
  // The Astro cache empty again but the card cache kept: every card is read back, none drawn.
  const warm = run('warm');
  const og = sizeOf(join(outDir, 'og')).files;
  return { cold, warm, cards: og, columns: readdirSync(join(content, 'articles')).length, outDir };
}

/** In Chromium: bytes fetched from /pagefind/ and the time until the results of `query` show. */
async function firstQuery(browser, origin, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const sizes = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    requests++;
    // Bytes as sent (gzipped where the server compresses), as a reader's connection carries them.
    sizes.push(request.sizes().then((s) => (bytes += s.responseBodySize)));
  });
  const started = performance.now();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('html[data-search="ready"]').waitFor({ state: 'attached' });
  const ms = performance.now() - started;
  const results = await page.locator('[data-search-results] li').count();
  await Promise.all(sizes);
  await context.close();
  return { bytes, requests, ms, results };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
const queryRows = [];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const trees = { before: tree(BEFORE), after: tree('HEAD') };
  for (const [site, columns] of [
    ['real site', undefined],
    [`${COLUMNS} columns`, COLUMNS],
  ]) {
    for (const [when, root] of Object.entries(trees)) {
      const content = columns ? syntheticContent(columns, join(root, 'content')) : join(root, 'content');
      const label = `${site.replace(/\W+/g, '-')}-${when}`;
      const measured = builds(root, content, label);
      const index = sizeOf(join(measured.outDir, 'pagefind'));
      rows.push([
        site,
        `${when} (${when === 'before' ? BEFORE : 'HEAD'})`,
        measured.columns,
        measured.cards,
        ((measured.cards - 1) / measured.columns).toFixed(1),
        `${measured.cold.toFixed(1)} s`,
        `${measured.warm.toFixed(1)} s`,
        when === 'after' ? `${index.files} files, ${kb(index.bytes)}` : '—',
      ]);
      if (when === 'after') {
        const { server, origin } = await startServer({ root: measured.outDir, port: 0 });
        try {
          for (const query of QUERIES) {
            const q = await firstQuery(browser, origin, query);
            queryRows.push([site, `“${query}”`, q.results, q.requests, kb(q.bytes), `${Math.round(q.ms)} ms`]);
          }
        } finally {
          server.close();
        }
      }
      rmSync(measured.outDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const buildHeader = ['Site', 'Code', 'Columns', 'Cards', 'Cards a column', 'Cold build', 'Warm cards', 'Search index'];
const queryHeader = ['Site', 'First query', 'Results', 'Files fetched', 'Bytes fetched', 'Time to results'];
console.log(table(buildHeader, rows));
console.log();
console.log(table(queryHeader, queryRows));
writeFiguresDoc('search', {
  title: 'Site search and note cards',
  command: 'npm run bench:search',
  about:
    'Cold build: empty Astro and card caches. Warm cards: the Astro cache emptied again, the card cache kept, so every card is read back rather than drawn. Cards a column leaves out the site card. The first query opens /search/?q=… in a fresh Chromium context: the files and bytes fetched from /pagefind/ and the time from navigation to the results shown.',
  sections: [
    { heading: 'Builds and cards', table: { header: buildHeader, rows } },
    { heading: 'A first query in Chromium', table: { header: queryHeader, rows: queryRows } },
  ],
});
