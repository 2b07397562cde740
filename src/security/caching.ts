/**
 * How long browsers and CDNs may keep each file, as public/_headers says it: every file
 * is revalidated (the `/*` block) except those under `/_astro/` (their own block).
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
