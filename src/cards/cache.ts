import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CardInput } from './card.ts';
import { packageVersions } from './fonts.ts';
import { encoderVersions } from './render.ts';

/**
 * Bump when the card's drawing code changes, so that cached images drawn by the
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

/** Where the card with this hash is cached. */
export const cardFile = (hash: string) => join(cacheDir(), `${hash}.png`);
