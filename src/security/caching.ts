/**
 * How long browsers and CDNs may keep each file, written into `_headers` by the build
 * (public/_headers for fingerprinted files, src/security/integration.ts for the rest).
 *
 * Astro names every file it emits under `/_astro/` by a hash of its contents, so a
 * changed file is a new URL and the old one can be kept for a year without asking.
 * Every other file (pages, the export, feeds, preview cards) keeps its URL when it
 * changes, so it is checked with the server before each use (an ETag makes that a
 * 304 when nothing changed).
 */
export const FINGERPRINTED_DIR = '/_astro/';

export const cacheControl = {
  fingerprinted: 'public, max-age=31536000, immutable',
  revalidated: 'no-cache',
} as const;

/** Files in the output that a host reads as configuration and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects', '/_routes.json']);

/**
 * The `_headers` paths that cover every served file outside `/_astro/` that is not a
 * page (pages get their own block): a top-level folder without pages as one splat
 * (`/og/*`), any other file by its path. Few rules, since Cloudflare Pages reads at
 * most 100.
 */
export function revalidatedPaths(files: readonly string[], pages: readonly string[]): string[] {
  const topDir = (path: string) => path.split('/')[1]!;
  const pageDirs = new Set(pages.map((p) => (p.indexOf('/', 1) === -1 ? '' : topDir(p))));
  const paths = new Set<string>();
  for (const file of files) {
    if (HOST_FILES.has(file) || file.startsWith(FINGERPRINTED_DIR)) continue;
    const nested = file.indexOf('/', 1) !== -1;
    paths.add(nested && !pageDirs.has(topDir(file)) ? `/${topDir(file)}/*` : file);
  }
  return [...paths].sort();
}
