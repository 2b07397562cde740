import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { builtFile, elements, parsed, visibleText } from './built-site.ts';
import { distDir } from './browser.ts';
import { builtPages } from './pages.ts';

/** The configured site: absolute URLs under it are internal links. */
const site = new URL(config.site ?? 'https://floorboards.example');

/** Attributes that point somewhere, per element. */
const LINKING = { href: ['a', 'area', 'link'], src: ['img', 'script', 'source', 'iframe', 'audio', 'video'] } as const;
/** `<meta>` tags whose content is a URL (Open Graph, Twitter cards). */
const URL_META = /^(?:og:url|og:image(?::secure_url)?|twitter:image|og:audio|og:video)$/;

interface Link {
  /** The page or file the link is on. */
  from: string;
  /** The link as written. */
  to: string;
}

/** Every link in the built HTML pages. */
function htmlLinks(): Link[] {
  const links: Link[] = [];
  for (const page of builtPages(distDir())) {
    const file = builtFile(distDir(), page);
    if (!file) continue;
    for (const node of elements(parsed(file))) {
      const push = (value: unknown) => typeof value === 'string' && links.push({ from: page, to: value });
      if ((LINKING.href as readonly string[]).includes(node.tagName)) push(node.properties.href);
      if ((LINKING.src as readonly string[]).includes(node.tagName)) push(node.properties.src);
      const srcset = node.properties.srcSet;
      if (Array.isArray(srcset) || typeof srcset === 'string') {
        for (const candidate of String(srcset).split(',')) push(candidate.trim().split(/\s+/)[0]);
      }
      const property = String(node.properties.property ?? node.properties.name ?? '');
      if (node.tagName === 'meta' && URL_META.test(property)) push(node.properties.content);
    }
  }
  return links;
}

/** Every built file of a type, as a site path. */
function builtFiles(extension: string): string[] {
  const found = readdirSync(distDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => '/' + relative(distDir(), join(e.parentPath, e.name)).split(sep).join('/'));
  return found.sort();
}

/** JSON-LD keys whose value identifies a node rather than links to a place. */
const IDENTIFIER = new Set(['@id', 'id']);

/** URLs on this site mentioned in JSON-LD (pages and exports), sitemaps and feeds. */
function dataLinks(): Link[] {
  const links: Link[] = [];
  const underSite = (value: string) => value.startsWith(site.origin);
  const walk = (from: string, value: unknown, key = '') => {
    // An `@id` (`id` in the W3C annotation context) names a node of the graph: its
    // fragment need not be an element id, but its page must exist.
    if (typeof value === 'string' && underSite(value))
      links.push({ from, to: IDENTIFIER.has(key) ? value.split('#')[0]! : value });
    else if (Array.isArray(value)) value.forEach((v) => walk(from, v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(from, v, k));
  };
  for (const page of builtPages(distDir())) {
    const file = builtFile(distDir(), page);
    if (!file) continue;
    for (const node of elements(parsed(file))) {
      if (node.tagName !== 'script' || node.properties.type !== 'application/ld+json') continue;
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      walk(`${page} (JSON-LD)`, JSON.parse(text));
    }
  }
  for (const path of builtFiles('.jsonld')) walk(path, JSON.parse(readFileSync(join(distDir(), path), 'utf8')));
  for (const path of builtFiles('.xml')) {
    const xml = readFileSync(join(distDir(), path), 'utf8');
    for (const [, value] of xml.matchAll(/<(?:loc|link|guid)[^>]*>([^<]+)</g)) {
      if (value && underSite(value.trim())) links.push({ from: path, to: value.trim() });
    }
  }
  return links;
}

const ids = new Map<string, Set<string>>();
/** The ids on a built page. */
function idsOn(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set(
      elements(parsed(file)).flatMap((n) => (typeof n.properties.id === 'string' ? [n.properties.id] : [])),
    );
    ids.set(file, set);
  }
  return set;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Why a text fragment (`:~:text=[prefix-,]start[,end][,-suffix]`, see
 * https://wicg.github.io/scroll-to-text-fragment/) finds nothing on the page, or
 * `undefined` when each of its directives matches the page's visible text.
 */
function textFragmentProblem(directives: string, pageText: string): string | undefined {
  const text = fold(pageText);
  for (const directive of directives.split('&')) {
    if (!directive.startsWith('text=')) return `unknown directive "${directive}"`;
    const parts = directive
      .slice(5)
      .split(',')
      .map((part) => decodeURIComponent(part));
    const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : '';
    const suffix = parts.at(-1)?.startsWith('-') ? parts.pop()!.slice(1) : '';
    const [start = '', end] = parts;
    if (!start || parts.length > 2) return `malformed "${directive}"`;
    const startAt = text.indexOf(fold(`${prefix} ${start}`.trim()));
    if (startAt < 0) return `"${prefix ? `${prefix}-,` : ''}${start}" is not in the page's text`;
    if (end !== undefined && text.indexOf(fold(end), startAt) < 0) return `"${end}" does not follow "${start}"`;
    if (suffix && !text.includes(fold(`${end ?? start} ${suffix}`))) return `"${suffix}" does not follow the match`;
  }
  return undefined;
}

/** Why an internal link is broken, or `undefined` when its file and fragment are there. */
function internalProblem(target: URL): string | undefined {
  const file = builtFile(distDir(), target.pathname);
  if (!file) return `no built file for ${target.pathname}`;
  const hash = target.hash.slice(1);
  if (!hash) return undefined;
  // Text directives are split on "," and "&" before their parts are percent-decoded.
  const [rawId, directives] = hash.split(':~:');
  const id = decodeURIComponent(rawId ?? '');
  if (id && !file.endsWith('.html')) return `#${id} points into ${target.pathname}, which is not a page`;
  if (id && !idsOn(file).has(id)) return `no id="${id}" on ${target.pathname}`;
  if (directives !== undefined) return textFragmentProblem(directives, visibleText(parsed(file)));
  return undefined;
}

/** Why a link is broken or unsafe, or `undefined`. */
function problemOf({ from, to }: Link): string | undefined {
  const base = new URL(from.replace(/ \(JSON-LD\)$/, ''), site);
  let target: URL;
  try {
    target = new URL(to, base);
  } catch {
    return 'not a URL';
  }
  if (target.origin === site.origin) return internalProblem(target);
  if (target.protocol === 'mailto:') return undefined;
  if (target.protocol !== 'https:') return `external links must be https, found ${target.protocol}`;
  return undefined;
}

describe('link integrity over the built site', () => {
  const links = [...htmlLinks(), ...dataLinks()];

  test('finds the links to check', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  test('every internal link resolves to a built file and id; every external link is https', () => {
    const broken = links.flatMap((link) => {
      const problem = problemOf(link);
      return problem ? [`${link.from} → ${link.to}: ${problem}`] : [];
    });
    expect([...new Set(broken)]).toEqual([]);
  });

  test('the checker itself catches a missing page, a missing id, a bad text fragment and http', () => {
    const article = builtPages(distDir()).find((p) => p !== '/' && p.endsWith('/')) ?? '/';
    expect(problemOf({ from: '/', to: '/no-such-page/' })).toMatch(/no built file/);
    expect(problemOf({ from: '/', to: `${article}#no-such-id` })).toMatch(/no id="no-such-id"/);
    expect(problemOf({ from: '/', to: `${article}#:~:text=words%20nobody%20wrote` })).toMatch(/not in the page/);
    expect(problemOf({ from: '/', to: 'http://example.com/' })).toMatch(/https/);
    expect(problemOf({ from: '/', to: 'javascript:alert(1)' })).toMatch(/https/);
    expect(problemOf({ from: '/', to: `${site.origin}${article}` })).toBeUndefined();
  });

  test('text fragments match across markup, with prefix, end and suffix', () => {
    const text = 'Blinken met Xi in Beijing. Both sides kept expectations low.';
    expect(textFragmentProblem('text=Both%20sides', text)).toBeUndefined();
    expect(textFragmentProblem('text=Beijing.-,Both,low', text)).toBeUndefined();
    expect(textFragmentProblem('text=kept,-expectations', text)).toBeUndefined();
    expect(textFragmentProblem('text=Both,nowhere', text)).toMatch(/does not follow/);
    expect(textFragmentProblem('text=Paris-,Both', text)).toMatch(/not in the page/);
    expect(textFragmentProblem('text=Both%20sides%2C,low', 'Both sides, they kept it low')).toBeUndefined();
  });
});
