import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir } from './build-state.ts';
import { writeAtomic } from '../lib/write-atomic.ts';

/** A SHA-256 digest of some texts or files' bytes, in order. */
export function digestOf(...texts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(`${text.length}:`).update(text);
  return hash.digest('base64url');
}

/**
 * Results of a pass that runs after every build over files an incremental build may
 * have copied unchanged from the last one (each page's policy, each export's
 * positions), kept by the digest of the files they were computed from in one JSON
 * file in Astro's cache folder. A file that has not changed is not worked out again;
 * the next build keeps only the entries this one used, so the file never outgrows
 * the site. Without a cache folder (no build or dev server has said which), results
 * are kept for this process only.
 */
export class PassCache<T> {
  private readonly used = new Map<string, T>();
  private readonly file: string | undefined;
  private readonly previous: Map<string, T>;

  private constructor(file: string | undefined, previous: Map<string, T>) {
    this.file = file;
    this.previous = previous;
  }

  /** The cache named `name` in `cacheDir` (the build's); empty when there is none yet or it cannot be read. */
  static async open<T>(name: string, cacheDir = buildCacheDir()): Promise<PassCache<T>> {
    if (cacheDir === undefined) return new PassCache<T>(undefined, new Map());
    const file = join(cacheDir, 'floorboards', `${name}.json`);
    const entries = await readFile(file, 'utf8')
      .then((text) => Object.entries(JSON.parse(text) as Record<string, T>))
      .catch(() => []);
    return new PassCache(file, new Map(entries));
  }

  /** The result kept for `key`, or `compute`'s, which is kept for the next build. */
  async get(key: string, compute: () => T | Promise<T>): Promise<T> {
    const value = this.used.get(key) ?? this.previous.get(key) ?? (await compute());
    this.used.set(key, value);
    return value;
  }

  /** Writes the entries this build used, for the next one. */
  async save(): Promise<void> {
    if (this.file) await writeAtomic(this.file, JSON.stringify(Object.fromEntries(this.used)));
  }
}
