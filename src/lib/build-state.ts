/**
 * The build's cache folder (Astro's `cacheDir`), for code in the built chunks, which
 * cannot see the config: an integration hands it over on `globalThis` when the config
 * is done (src/security/integration.ts), as the preview cards' writer is handed back.
 */
const CACHE_DIR = Symbol.for('floorboards.cache-dir');

const slot = globalThis as { [CACHE_DIR]?: string };

export function rememberCacheDir(dir: string): void {
  slot[CACHE_DIR] = dir;
}

/** The cache folder of the running build or dev server, if an integration said it. */
export const buildCacheDir = (): string | undefined => slot[CACHE_DIR];
