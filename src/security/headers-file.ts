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
 * `_headers` (Netlify, Cloudflare Pages syntax): the site-wide block from
 * public/_headers, then one block per page with its Content-Security-Policy.
 */
export function headersFile(base: string, policies: ReadonlyMap<string, string>): string {
  const blocks = [...policies].map(([path, meta]) => `${path}\n  Content-Security-Policy: ${headerPolicy(meta)}\n`);
  return `${base.trimEnd()}\n\n${blocks.join('\n')}`;
}
