// @ts-check
// The baseline of `npm run bench:build`: a minimal Astro project that renders the
// same markdown columns as the site, with Astro's defaults, and nothing else (no
// notes, preview cards, share pages or Content-Security-Policy). It uses the
// repository's node_modules, so it builds with the same Astro version.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://plain.example',
  output: 'static',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
