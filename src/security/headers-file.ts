import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerOnlyDirectives } from './policy.ts';

/** The policy Astro wrote into a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  return tag ? /\scontent="([^"]*)"/i.exec(tag)?.[1]?.replaceAll('&#39;', "'").replaceAll('&apos;', "'") : undefined;
}

/** A page's header policy: its meta policy plus the directives only a header can carry. */
export function headerPolicy(meta: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return [...directives, ...headerOnlyDirectives].join('; ');
}

/** The URL path a built HTML file is served at (`about/index.html` → `/about/`). */
const pathOf = (file: string) => ('/' + file.split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Completes `dist/_headers` (copied from public/_headers) with one block per page
 * carrying that page's Content-Security-Policy as a header, so hosts that read the
 * file also enforce `frame-ancestors`. The per-page hashes only exist after the
 * build, which is why this cannot be written by hand.
 */
export default function headersFile(): AstroIntegration {
  return {
    name: 'floorboards:headers-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const target = join(root, '_headers');
        const base = await readFile(target, 'utf8').catch(() => '');
        const blocks: string[] = [];
        for (const file of (await htmlFiles(root)).sort()) {
          const meta = metaPolicy(await readFile(file, 'utf8'));
          if (!meta) throw new Error(`${relative(root, file)}: the page has no content-security-policy <meta>`);
          blocks.push(`${pathOf(relative(root, file))}\n  Content-Security-Policy: ${headerPolicy(meta)}\n`);
        }
        await writeFile(target, `${base.trimEnd()}\n\n${blocks.join('\n')}`);
        logger.info(`_headers: a Content-Security-Policy for ${blocks.length} page(s)`);
      },
    },
  };
}
