import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardInput } from './card.ts';
import { packageVersions } from './fonts.ts';
import { encoderVersions } from './render.ts';

/**
 * Bump when the card's layout code changes, so that cached images drawn by the
 * old code are not reused (package versions are part of the key already).
 */
export const RENDERER_VERSION = 'card-3';

/**
 * Where rendered cards are kept between builds: `.cache/og/` in the project (git-ignored),
 * outside node_modules so that a clean install keeps it and CI can restore it as one
 * folder. `OG_CACHE_DIR` moves it (benchmarks use a temporary one).
 */
export const cacheDir = () => process.env.OG_CACHE_DIR ?? join(process.cwd(), '.cache/og');

/** Cache hits and misses in this process, for the benchmark and the tests. */
export const cacheStats = { hits: 0, misses: 0 };

/** The content hash of a card: its inputs, the renderer version and the versions of the packages that draw it. */
export function cardHash(input: CardInput): string {
  const packages = { ...packageVersions(), ...encoderVersions() };
  const key = JSON.stringify({ renderer: RENDERER_VERSION, packages, input });
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The card's PNG from the cache, or rendered by `render` and stored when its inputs are new. */
export async function cachedCard(input: CardInput, render: (input: CardInput) => Promise<Buffer>): Promise<Buffer> {
  const file = join(cacheDir(), `${cardHash(input)}.png`);
  try {
    const png = await readFile(file);
    cacheStats.hits++;
    return png;
  } catch {
    // Not cached yet: render below.
  }
  cacheStats.misses++;
  const png = await render(input);
  await mkdir(cacheDir(), { recursive: true });
  // Written under a temporary name and renamed, so a build running alongside never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
