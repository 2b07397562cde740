import { cacheControl } from './caching.ts';
import { headerOnlyDirectives } from './policy.ts';

/** A page's header policy: its `<meta>` policy plus the directives only a header can carry. */
export function headerPolicy(meta: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return [...directives, ...headerOnlyDirectives].join('; ');
}

/**
 * `_headers` (Netlify, Cloudflare Pages syntax): the site-wide blocks from
 * public/_headers, then one block per page with its Content-Security-Policy and
 * caching, then one block per path of the other unfingerprinted files (`revalidated`).
 */
export function headersFile(
  base: string,
  policies: ReadonlyMap<string, string>,
  revalidated: readonly string[] = [],
): string {
  const pages = [...policies].map(
    ([path, meta]) =>
      `${path}\n  Content-Security-Policy: ${headerPolicy(meta)}\n  Cache-Control: ${cacheControl.revalidated}\n`,
  );
  const files = revalidated.map((path) => `${path}\n  Cache-Control: ${cacheControl.revalidated}\n`);
  return `${base.trimEnd()}\n\n${[...pages, ...files].join('\n')}`;
}
