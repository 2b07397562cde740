import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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
 * the site.
 */
export class PassCache<T> {
  private readonly used = new Map<string, T>();
  private readonly file: string;
  private readonly previous: Map<string, T>;

  private constructor(file: string, previous: Map<string, T>) {
    this.file = file;
    this.previous = previous;
  }

  /** The cache named `name` in `cacheDir`; empty when there is none yet or it cannot be read. */
  static async open<T>(cacheDir: string, name: string): Promise<PassCache<T>> {
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

  /** Writes the entries this build used, under a temporary name then renamed. */
  async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(Object.fromEntries(this.used)));
    await rename(partial, this.file);
  }
}
