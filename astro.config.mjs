// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/options.ts';
import headersFile from './src/security/headers-file.ts';
import { policyDirectives } from './src/security/policy.ts';

// Data flows one way: content/ (markdown + data) → content collections
// (src/content.config.ts, strict schemas) → unified plugins (src/markdown for
// every body; src/annotation anchors notes into an article) → page components
// → static HTML in dist/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://floorboards.example',
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
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy <meta> on every page: Astro hashes each inline
  // script and style; src/security/policy.ts holds the rest of the policy.
  security: { csp: { directives: [...policyDirectives] } },
  // Writes each page's policy into dist/_headers as well, adding frame-ancestors.
  integrations: [headersFile(), sitemap()],
});
