// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/options.ts';
import exportPositions from './src/annotation/export-positions.ts';
import figureHeaders from './src/security/figure-headers.ts';
import hostLimits from './src/security/host-limits.ts';
import pagePolicies from './src/security/integration.ts';
import previewCards from './src/cards/integration.ts';
import editorsDesk from './src/editor/integration.ts';
import searchIndex from './src/search/integration.ts';
import { buildState } from './src/build/build-state.ts';
import { policyDirectives } from './src/security/policy.ts';
import { siteUrl } from './scripts/site-url.mjs';
import { setFlagsFromString } from 'node:v8';

// A build makes a great deal of short-lived garbage (every page's HTML, several times
// over) around a small live heap (some 130 MB at 100 columns), and V8 by default lets
// the heap grow to several times what is live before it collects. Growing it by half
// at most keeps a 500-column build within its memory budget for a little more
// collecting (README, "Build time against plain Astro"). A V8 flag that takes effect
// while the process runs, so `astro build` needs no wrapper or NODE_OPTIONS.
setFlagsFromString('--heap-growing-percent=50');

// Data flows one way: content/ (markdown + data) → content collections
// (src/content.config.ts, strict schemas) → unified plugins (src/markdown for
// every body; src/annotation anchors notes into an article) → page components
// → static HTML in dist/.
export default defineConfig({
  // SITE_URL, or a placeholder for local builds; `npm run build:deploy` requires a real one.
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  // Builds run side by side (tests, benchmarks) may point these elsewhere.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Two content files claiming one id fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownOptions),
  },
  // Off, except for the editor's desk in `astro dev` (src/editor/integration.ts turns it on there).
  devToolbar: { enabled: false },
  // Every page's CSS goes inline, so nothing but the HTML blocks the first paint
  // (tests/e2e/byte-budget.test.ts holds the page to that).
  // Eight paths at a time: a page copied unchanged from the last build (incremental
  // builds, below) is file-system work, and one at a time each copy waits idle.
  build: { inlineStylesheets: 'always', concurrency: 8 },
  // A strict Content-Security-Policy <meta> on every page: Astro hashes each inline
  // script and style; src/security/policy.ts holds the rest of the policy.
  security: { csp: { directives: [...policyDirectives] } },
  // A page whose content key (src/build/build-keys.ts) and code are unchanged since the
  // last build is copied from that build's output in the cache folder, not rendered.
  experimental: { incrementalBuild: true },
  // In this order, each after the files it reads are written: what the pages need to
  // know of the build (src/build/build-state.ts); the preview cards, drawn
  // alongside the pages, written into dist/og/ (src/cards/integration.ts); the search index
  // (src/search/integration.ts); the sitemap; each
  // page's policy checked (narrowed to its own hashes as it is rendered, by src/middleware.ts)
  // and their union written to dist/_headers; the figures' policy, allowing their stylesheets
  // by hash, added to dist/_headers; the file checked against the hosts' limits; each exported
  // annotation target given its position in the built page.
  integrations: [
    buildState(),
    previewCards(),
    searchIndex(),
    sitemap(),
    pagePolicies(),
    figureHeaders(),
    hostLimits(),
    exportPositions(),
    // `astro dev` only: the editor's desk, a dev toolbar app; adds nothing to a build.
    editorsDesk(),
  ],
});
