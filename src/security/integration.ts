import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elapsed } from '../lib/elapsed.ts';
import { headersFile } from './headers-file.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { digestOf, PassCache } from '../build/pass-cache.ts';
import { metaPolicy, narrowPolicy, withPolicy } from './page-policy.ts';
import { searchPolicyApart, withSearchPolicy } from './search-policy.ts';
import { sitePolicy } from './site-policy.ts';

/** How many pages are read and written at once. */
const FILES_AT_ONCE = 16;

/** Where a page's `<head>` ends, which holds its policy `<meta>` (the whole page if it cannot be told). */
const headEnd = (bytes: Buffer) => {
  const end = bytes.indexOf('</head>');
  return end === -1 ? bytes.length : end;
};

/**
 * After the build: completes `dist/_headers` (copied from public/_headers) by setting the
 * site-wide policy, the union of every page's policy (src/security/site-policy.ts), so
 * that the file has the same few rules however many pages there are. Each page's
 * `<meta>` policy was narrowed to its own hashes as it was rendered (src/middleware.ts),
 * so a page an incremental build copied from the last one is already final. Astro's
 * incremental cache does not watch the middleware, though: a page copied from a build
 * with other middleware would keep its old policy, so every page is checked here all
 * the same, against the narrowing worked out for the same HTML before
 * (src/build/pass-cache.ts), and rewritten only when its policy is not yet narrowed.
 */
export default function pagePolicies(): AstroIntegration {
  return {
    name: 'floorboards:page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const pages = entries
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name))
          .sort();
        const cache = await PassCache.open<string | null>('page-policies');
        const read = await mapLimit(pages, FILES_AT_ONCE, async (file) => {
          // The page's bytes are hashed as read, and only its head is decoded unless it must change.
          const bytes = await readFile(file);
          const head = bytes.toString('utf8', 0, headEnd(bytes));
          const policy = await cache.get(
            digestOf(bytes),
            () => metaPolicy(narrowPolicy(bytes.toString('utf8'))) ?? null,
          );
          if (policy === null)
            throw new Error(`${relative(root, file)}: the page has no content-security-policy <meta>`);
          if (policy !== metaPolicy(head)) await writeFile(file, withPolicy(bytes.toString('utf8'), policy));
          return policy;
        });
        await cache.save();
        // The search page, the one page that may run WebAssembly, has a rule of its own.
        const { others, search } = searchPolicyApart(
          read.map((policy, i) => ({ file: relative(root, pages[i]!), policy })),
        );
        const target = join(root, '_headers');
        const headers = headersFile(await readFile(target, 'utf8').catch(() => ''), sitePolicy(others));
        await writeFile(target, search === undefined ? headers : withSearchPolicy(headers, search));
        logger.info(`${read.length} page policies checked, their union written to _headers in ${elapsed(started)}`);
      },
    },
  };
}
