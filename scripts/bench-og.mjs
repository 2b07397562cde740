// `npm run bench:og`: how much the preview-card cache saves. Builds the site
// twice per round in temporary folders: once with an empty card cache (cold),
// once with the cache the cold build left (warm). Prints a table of the whole
// build and of the time it waited for its cards after the pages, and writes .bench/og.json
// and docs/figures/preview-cards.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchTemp } from './bench/build-site.mjs';
import { writeFiguresDoc } from './bench/figures-doc.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 2);

/** One `astro build` into fresh output and Astro cache folders; only the card cache is shared. */
function build(ogCache) {
  const work = benchTemp('og');
  const outDir = join(work, 'dist');
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      OG_CACHE_DIR: ogCache,
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) {
    console.error(stdout, stderr);
    throw new Error(`astro build failed (exit ${status})`);
  }
  // The card hook logs "14 preview cards written in 0.42 s": the time the build waited,
  // after its pages, for the cards still drawing, and copied them into the output.
  const [, count, waited] = /(\d+) preview cards written in ([\d.]+) s/.exec(stdout) ?? [];
  const cardMs = Math.round(Number(waited) * 1000);
  const pngs = readdirSync(join(outDir, 'og'), { recursive: true }).filter((f) => String(f).endsWith('.png'));
  const bytes = pngs.map((f) => statSync(join(outDir, 'og', String(f))).size);
  rmSync(work, { recursive: true, force: true });
  return { seconds, cardMs, cards: Number(count), bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = { cold: [], warm: [] };
for (let round = 0; round < ROUNDS; round++) {
  const ogCache = mkdtempSync(join(tmpdir(), 'floorboards-og-cache-'));
  runs.cold.push(build(ogCache));
  runs.warm.push(build(ogCache));
  rmSync(ogCache, { recursive: true, force: true });
}

const summary = Object.fromEntries(
  Object.entries(runs).map(([mode, list]) => [
    mode,
    {
      buildSeconds: median(list.map((r) => r.seconds)),
      cardMs: median(list.map((r) => r.cardMs)),
      cards: list[0].cards,
    },
  ]),
);
const bytes = runs.cold[0].bytes;
const kb = (n) => (n / 1024).toFixed(1);

console.log(`Preview cards: ${summary.cold.cards} PNGs, 1200×630, median of ${ROUNDS} round(s)\n`);
console.log('| cache | astro build (s) | waiting for cards (ms) | per card (ms) |');
console.log('| ----- | --------------: | ---------------------: | ------------: |');
for (const mode of ['cold', 'warm']) {
  const { buildSeconds, cardMs, cards } = summary[mode];
  console.log(
    `| ${mode.padEnd(5)} | ${buildSeconds.toFixed(2).padStart(15)} | ${String(cardMs).padStart(22)} | ${(cardMs / cards).toFixed(1).padStart(13)} |`,
  );
}
console.log(
  `\nWaiting for cards warm/cold: ${(summary.warm.cardMs / summary.cold.cardMs).toFixed(2)}×; ` +
    `PNG sizes: min ${kb(Math.min(...bytes))} KB, max ${kb(Math.max(...bytes))} KB, total ${kb(bytes.reduce((a, b) => a + b, 0))} KB`,
);

mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/og.json',
  JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, summary, runs, pngBytes: bytes }, null, 2) + '\n',
);
console.log('\nWritten to .bench/og.json');
writeFiguresDoc('preview-cards', {
  title: 'Preview cards: cold and warm card cache',
  command: 'npm run bench:og',
  about:
    'Whole `astro build` runs in fresh output and Astro cache folders, first with an empty preview-card ' +
    'cache (cold), then with the cache that build filled (warm); the wait is the time the build spent, after ' +
    `its pages, on the cards still drawing and copying them. Median of ${ROUNDS} round(s).`,
  sections: [
    {
      table: {
        header: ['Card cache', 'Cards', 'astro build (s)', 'waiting for cards (ms)', 'per card (ms)'],
        rows: ['cold', 'warm'].map((mode) => {
          const { buildSeconds, cardMs, cards } = summary[mode];
          return [mode, cards, buildSeconds.toFixed(2), cardMs, (cardMs / cards).toFixed(1)];
        }),
      },
      notes: [
        `PNG sizes: smallest ${kb(Math.min(...bytes))} KB, largest ${kb(Math.max(...bytes))} KB, ` +
          `${kb(bytes.reduce((a, b) => a + b, 0))} KB in all.`,
      ],
    },
  ],
});
