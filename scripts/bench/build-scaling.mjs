// Build time against the number of articles, with an empty (cold) and a filled
// (warm) preview-image cache. Every build gets fresh output and Astro cache folders,
// so only the preview-image cache differs between cold and warm.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { benchTemp, timedBuild } from './build-site.mjs';
import { syntheticContent } from './synthetic-content.mjs';

/** Times cold and warm builds for each article count; returns one row per count. */
export function buildScaling(sizes, log = console.error) {
  const rows = [];
  for (const n of sizes) {
    const content = syntheticContent(n);
    const ogCache = mkdtempSync(join(tmpdir(), 'floorboards-bench-og-'));
    const run = (label) => {
      const work = benchTemp('build');
      try {
        const result = timedBuild({
          outDir: join(work, 'dist'),
          cacheDir: join(work, 'cache'),
          env: { CONTENT_DIR: content, OG_CACHE_DIR: ogCache },
        });
        log(`  build N=${n} ${label}: ${result.seconds.toFixed(1)} s, ${result.pages} pages`);
        return result;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    };
    try {
      const cold = run('cold preview-image cache');
      const warm = run('warm preview-image cache');
      rows.push({
        articles: n,
        pages: cold.pages,
        coldSeconds: cold.seconds,
        warmSeconds: warm.seconds,
        coldSecondsPerArticle: cold.seconds / n,
        warmSecondsPerArticle: warm.seconds / n,
      });
    } finally {
      rmSync(dirname(content), { recursive: true, force: true });
      rmSync(ogCache, { recursive: true, force: true });
    }
  }
  return rows;
}

/** T(N=big) / T(N=small) for cold and warm builds, when both were measured. */
export function scalingRatio(rows, big = 100, small = 10) {
  const a = rows.find((r) => r.articles === big);
  const b = rows.find((r) => r.articles === small);
  if (!a || !b) return undefined;
  return { big, small, cold: a.coldSeconds / b.coldSeconds, warm: a.warmSeconds / b.warmSeconds };
}
