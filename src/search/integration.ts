import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { elapsed } from '../lib/elapsed.ts';
import type { SearchRecord } from './records.ts';

/** Where the records are written by src/pages/search/records.json.ts, inside the output. */
export const RECORDS_FILE = join('search', 'records.json');
/** Where the index and Pagefind's scripts go, inside the output (`/pagefind/pagefind.js`). */
export const INDEX_DIR = 'pagefind';

/**
 * Files Pagefind writes that the site never loads: its ready-made interfaces (the search page
 * draws its own results), its highlighter and its worker (search runs in the page's thread).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

/** Every file under `dir` with its size, for the log and the search benchmark. */
export async function indexSize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size),
  );
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** Fails with every error Pagefind reported, if it reported any. */
function check(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`search index: ${step}: ${errors.join('; ')}`);
}

/**
 * After the pages: indexes the site's search records (src/search/records.ts) with Pagefind
 * into `dist/pagefind/`, which the search page loads in small pieces as a reader searches,
 * and removes the records file, which no page links to.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'floorboards:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const file = join(root, RECORDS_FILE);
        const records = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        check('create', errors);
        try {
          for (const { url, content, meta } of records) {
            const added = await index!.addCustomRecord({ url, content, language: 'en', meta });
            check(url, added.errors);
          }
          const output = join(root, INDEX_DIR);
          await rm(output, { recursive: true, force: true });
          check('write', (await index!.writeFiles({ outputPath: output })).errors);
          for (const name of await readdir(output)) if (UNUSED.test(name)) await rm(join(output, name));
          await rm(file);
          const size = await indexSize(output);
          logger.info(
            `${records.length} search records indexed: ${size.files} files, ${size.bytes} bytes in ${elapsed(started)}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
