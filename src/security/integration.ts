import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { elapsed } from '../lib/elapsed.ts';
import { revalidatedPaths } from './caching.ts';
import { headersFile } from './headers-file.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { digestOf, PassCache } from '../lib/pass-cache.ts';
import { metaPolicy, narrowPolicy, withPolicy } from './page-policy.ts';

/** How many pages are read and written at once. */
const FILES_AT_ONCE = 16;

/** Where a page's `<head>` ends, which holds its policy `<meta>` (the whole page if it cannot be told). */
const headEnd = (bytes: Buffer) => {
  const end = bytes.indexOf('</head>');
  return end === -1 ? bytes.length : end;
};

/** The URL path a built HTML file is served at (`about/index.html` → `/about/`). */
const pathOf = (file: string) => ('/' + file.split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');

/**
 * After the build: completes `dist/_headers` (copied from public/_headers) with one
 * block per page carrying the page's policy as a header plus `frame-ancestors`, and
 * the caching of every unfingerprinted file (src/security/caching.ts). Each page's
 * `<meta>` policy was narrowed to its own hashes as it was rendered (src/middleware.ts),
 * so a page an incremental build copied from the last one is already final. Astro's
 * incremental cache does not watch the middleware, though: a page copied from a build
 * with other middleware would keep its old policy, so every page is checked here all
 * the same, against the narrowing worked out for the same HTML before
 * (src/lib/pass-cache.ts), and rewritten only when its policy is not yet narrowed.
 */
export default function pagePolicies(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'floorboards:page-policies',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
        const pages = files.filter((file) => file.endsWith('.html')).sort();
        const cache = await PassCache.open<string | null>(cacheDir, 'page-policies');
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
          return [pathOf(relative(root, file)), policy] as const;
        });
        await cache.save();
        const policies = new Map(read);
        const target = join(root, '_headers');
        const others = files
          .filter((file) => !file.endsWith('.html'))
          .map((file) => '/' + relative(root, file).split(sep).join('/'));
        const revalidated = revalidatedPaths(others, [...policies.keys()]);
        await writeFile(target, headersFile(await readFile(target, 'utf8').catch(() => ''), policies, revalidated));
        logger.info(`${policies.size} page policies written to _headers in ${elapsed(started)}`);
      },
    },
  };
}
