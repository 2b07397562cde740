import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { inlineCode } from './inline-code.ts';
import { isHashSource, parsePolicy, writePolicy } from './policy-text.ts';

const META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const tag = META.exec(html)?.[0];
  return tag ? /\scontent="([^"]*)"/i.exec(tag)?.[1]?.replaceAll('&#39;', "'").replaceAll('&apos;', "'") : undefined;
}

/** `<script>` types a browser runs, by the value of the `type` attribute (absent: ''). */
const EXECUTABLE_TYPES = ['', 'module', 'text/javascript', 'application/javascript'];

/** `<script>` types a browser runs; JSON-LD and other data blocks are not scripts to CSP. */
export function isExecutable(node: Element): boolean {
  const type = String(node.properties.type ?? '').toLowerCase();
  return node.tagName === 'script' && EXECUTABLE_TYPES.includes(type);
}

/** A CSP source for `text`: `'sha256-…'`. */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const textOf = (node: Element) => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/** Hash sources for the inline scripts and styles one page actually carries. */
export function pageHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const scanned = inlineCode(html);
  if (scanned) {
    for (const { tag, attributes, text } of scanned) {
      const executable = EXECUTABLE_TYPES.includes((attributes.get('type') ?? '').toLowerCase());
      if (tag === 'script' && executable && !attributes.has('src')) scripts.add(hashSource(text));
      if (tag === 'style') styles.add(hashSource(text));
    }
    return { scripts: [...scripts], styles: [...styles] };
  }
  // A page the scan cannot be sure of is parsed in full.
  return parsedHashes(html);
}

/** The same hashes from a full parse of the page into a tree: slower, and the reference for the scan. */
export function parsedHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  visit(fromHtml(html), 'element', (node) => {
    if (isExecutable(node) && node.properties.src === undefined) scripts.add(hashSource(textOf(node)));
    if (node.tagName === 'style') styles.add(hashSource(textOf(node)));
  });
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The page with its policy narrowed to its own inline scripts and styles.
 *
 * Astro puts the hash of every inline style of the whole site, and of every
 * client directive, on every page. Each hash is some 45 bytes that gzip cannot
 * shrink, so as the site grows every page would pay for all the others, and each
 * page would allow code it never runs. A page keeps `'self'` for its files.
 */
export function narrowPolicy(html: string): string {
  const policy = metaPolicy(html);
  if (policy === undefined) return html;
  const { scripts, styles } = pageHashes(html);
  const directives = parsePolicy(policy);
  for (const [name, own] of [
    ['script-src', scripts],
    ['style-src', styles],
  ] as const) {
    const sources = directives.get(name);
    if (sources) directives.set(name, [...sources.filter((s) => !isHashSource(s)), ...own]);
  }
  const narrowed = writePolicy(directives);
  return withPolicy(html, narrowed);
}

/** The page with `policy` in its CSP `<meta>`. */
export const withPolicy = (html: string, policy: string) =>
  html.replace(META, (tag) => tag.replace(/\scontent="[^"]*"/i, ` content="${policy}"`));
