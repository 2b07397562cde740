import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { headerPolicy } from '../../src/security/headers-file.ts';
import { hashSource, isExecutable, metaPolicy } from '../../src/security/page-policy.ts';
import { headerOnlyDirectives, policyDirectives, securityHeaders } from '../../src/security/policy.ts';
import { SEARCH_RULE, WASM_SOURCE } from '../../src/security/search-policy.ts';
import { headerBlocks, headerValue } from '../headers-blocks.ts';
import { builtFile, elements, parsed } from './built-site.ts';
import { distDir } from './browser.ts';
import { builtPages } from './pages.ts';

/** A policy as a map from directive name to its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Sources that keep everything on the site itself: no host, scheme, wildcard or unsafe keyword. */
const SAME_SITE_SOURCE = /^(?:'self'|'none'|'sha(?:256|384|512)-[A-Za-z0-9+/=]+')$/;

const inlineText = (node: Element) => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

const pages = builtPages(distDir());
/** The one page that runs site search, and so the one whose policy may allow WebAssembly. */
const SEARCH_PAGE = '/search/';
const fileOf = (path: string) => builtFile(distDir(), path) ?? join(distDir(), path);

describe('Content-Security-Policy on every built page', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  test.each(pages)('%s: one strict same-origin policy, ahead of every script and style', (path) => {
    const html = readFileSync(fileOf(path), 'utf8');
    const tree = parsed(fileOf(path));
    const all = elements(tree);
    const metas = all.filter(
      (n) => n.tagName === 'meta' && String(n.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy',
    );
    expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
    const policy = metaPolicy(html) ?? '';
    const directives = directivesOf(policy);

    for (const directive of policyDirectives) {
      const [name, ...sources] = directive.split(' ');
      expect(directives.get(name!), `${name} as in src/security/policy.ts`).toEqual(sources);
    }
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name);
      expect(sources, `${name} is set`).toBeDefined();
      expect(sources).toContain("'self'");
    }
    for (const [name, sources] of directives) {
      for (const source of sources) {
        // Search compiles its index lookups as WebAssembly: that page alone may allow it.
        if (path === SEARCH_PAGE && name === 'script-src' && source === WASM_SOURCE) continue;
        expect(source, `${name} allows only the site itself`).toMatch(SAME_SITE_SOURCE);
      }
    }
    expect(directives.get('script-src')?.includes(WASM_SOURCE), `${WASM_SOURCE} only on ${SEARCH_PAGE}`).toBe(
      path === SEARCH_PAGE,
    );

    // A policy only governs what comes after it in the document.
    const metaIndex = all.indexOf(metas[0]!);
    const governed = all.filter(
      (n) =>
        isExecutable(n) ||
        n.tagName === 'style' ||
        (n.tagName === 'link' && String(n.properties.rel ?? '').includes('stylesheet')),
    );
    for (const node of governed)
      expect(all.indexOf(node), `<${node.tagName}> after the CSP <meta>`).toBeGreaterThan(metaIndex);

    // Every inline script and style is allowed by its hash, so the browser runs it.
    const scriptSources = directives.get('script-src') ?? [];
    const styleSources = directives.get('style-src') ?? [];
    for (const node of all.filter((n) => isExecutable(n) && !n.properties.src)) {
      expect(scriptSources, `hash of inline script "${inlineText(node).slice(0, 60)}"`).toContain(
        hashSource(inlineText(node)),
      );
    }
    for (const node of all.filter((n) => n.tagName === 'style')) {
      expect(styleSources, `hash of inline style "${inlineText(node).slice(0, 60)}"`).toContain(
        hashSource(inlineText(node)),
      );
    }

    // And no hash of code the page does not carry (src/middleware.ts narrows Astro's site-wide list).
    const own = new Set(
      all
        .filter((n) => (isExecutable(n) && !n.properties.src) || n.tagName === 'style')
        .map((n) => hashSource(inlineText(n))),
    );
    const hashes = [...scriptSources, ...styleSources].filter((source) => source.startsWith("'sha"));
    expect(
      hashes.filter((hash) => !own.has(hash)),
      'hashes of code the page does not carry',
    ).toEqual([]);
  });

  test.each(pages)('%s: no inline handler, style attribute or javascript: URL the policy would block', (path) => {
    const problems: string[] = [];
    for (const node of elements(parsed(fileOf(path)))) {
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on[a-z]/i.test(key)) problems.push(`<${node.tagName} ${key}>`);
        if (key === 'style') problems.push(`<${node.tagName} style="${String(value)}">`);
        if (['href', 'src', 'action', 'formAction'].includes(key) && /^\s*javascript:/i.test(String(value))) {
          problems.push(`<${node.tagName} ${key}="${String(value)}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('dist/_headers', () => {
  const text = readFileSync(join(distDir(), '_headers'), 'utf8');
  const blocks = headerBlocks(text);

  test('every file gets the security headers of src/security/policy.ts', () => {
    const all = blocks.get('/*');
    expect(all).toBeDefined();
    for (const [name, value] of Object.entries(securityHeaders)) expect(headerValue(all, name), name).toBe(value);
  });

  test('the rules are those of public/_headers, the search page’s and the figures’ block, whatever the number of pages', () => {
    const written = [...blocks.keys()];
    const base = [...headerBlocks(readFileSync('public/_headers', 'utf8')).keys()];
    expect(written).toEqual([...base, SEARCH_RULE, '/figures/*']);
    expect(text.split('\n').filter((line) => line.trim().length > 2000)).toEqual([]);
  });

  const site = headerValue(blocks.get('/*'), 'Content-Security-Policy') ?? '';
  const siteDirectives = directivesOf(site);

  const search = headerValue(blocks.get(SEARCH_RULE), 'Content-Security-Policy') ?? '';

  test.each(pages)('%s: its header policy allows all that the page’s own policy allows', (path) => {
    const meta = metaPolicy(readFileSync(fileOf(path), 'utf8')) ?? '';
    const header = path === SEARCH_PAGE ? directivesOf(search) : siteDirectives;
    for (const [name, sources] of directivesOf(headerPolicy(meta))) {
      for (const source of sources) expect(header.get(name), `${name} ${source}`).toContain(source);
    }
  });

  test(`only the search page’s rule allows ${WASM_SOURCE}; the site-wide policy never does`, () => {
    expect(directivesOf(search).get('script-src')).toContain(WASM_SOURCE);
    expect(siteDirectives.get('script-src')).not.toContain(WASM_SOURCE);
    const others = [...blocks].filter(([path]) => path !== SEARCH_RULE);
    for (const [path, lines] of others)
      expect(headerValue(lines, 'Content-Security-Policy') ?? '', path).not.toContain('wasm');
  });

  test('the site-wide header policy allows nothing that no page allows, and refuses framing', () => {
    const allowed = new Set(
      pages.flatMap((path) =>
        [...directivesOf(headerPolicy(metaPolicy(readFileSync(fileOf(path), 'utf8')) ?? ''))].flatMap(
          ([name, sources]) => sources.map((source) => `${name} ${source}`),
        ),
      ),
    );
    const given = [...siteDirectives].flatMap(([name, sources]) => sources.map((source) => `${name} ${source}`));
    expect(given.filter((entry) => !allowed.has(entry))).toEqual([]);
    for (const [name, sources] of siteDirectives) for (const s of sources) expect(s, name).toMatch(SAME_SITE_SOURCE);
    for (const directive of headerOnlyDirectives) expect(site).toContain(directive);
  });
});
