import { isHashSource, parsePolicy, writePolicy } from './policy-text.ts';

/**
 * The one Content-Security-Policy header every file of the site is sent, for hosts that
 * read `_headers`. A block per page would grow with the archive (13 pages a column) past
 * the 100 rules Cloudflare Pages reads; instead the header allows the union of what the
 * pages' own policies allow, and each page's `<meta>` policy narrows it to that page's
 * scripts and styles. A browser enforces both policies, so a page may run only what both
 * allow: exactly its own `<meta>` policy, plus `frame-ancestors`, which only a header carries.
 */
/**
 * Every directive of any of `policies`, each with every source any of them gives it: keywords
 * first in the order met, then hashes sorted, so the same pages always give the same line.
 * `'none'` is kept only where no policy gives the directive a source.
 */
export function sitePolicy(policies: Iterable<string>): string {
  const union = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = union.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      union.set(name, set);
    }
  }
  const merged = new Map<string, string[]>();
  for (const [name, set] of union) {
    const sources = set.size > 1 ? [...set].filter((s) => s !== "'none'") : [...set];
    const hashes = sources.filter(isHashSource).sort();
    merged.set(name, [...sources.filter((s) => !hashes.includes(s)), ...hashes]);
  }
  return writePolicy(merged);
}

/** Whether `outer` allows every source that `inner` allows, directive by directive. */
export function allowsAll(outer: string, inner: string): boolean {
  const allowed = parsePolicy(outer);
  return [...parsePolicy(inner)].every(([name, sources]) => {
    const granted = allowed.get(name);
    return granted !== undefined && sources.every((s) => s === "'none'" || granted.includes(s));
  });
}
