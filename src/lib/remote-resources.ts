import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Where a body's URLs are resolved from: an origin of our own that no URL names, so a
 * URL that keeps it stays on the site and one that does not leaves it.
 */
const SITE = new URL('https://site.invalid/column/note/');

/** One URL of a body that a browser reads as leaving the site. */
export interface OffSiteUrl {
  /** `image` for what the page loads by itself (`src`, `srcset`, `poster`), `link` for `href`, `cite` and `longdesc`. */
  kind: 'image' | 'link';
  /** The URL as written in the body. */
  written: string;
  /** The URL as a browser reads it (https://evil.example/x.png). */
  reads: string;
}

/** How a browser reads `url` on a page of the site (WHATWG URL parsing), or `undefined` if it cannot. */
function browserReads(url: string): URL | undefined {
  // The parser itself strips leading and trailing C0 controls and spaces, removes every
  // ASCII tab and newline and reads `\` as `/` in http(s) URLs, as browsers do:
  // "/\n/evil.example/x.png" is https://evil.example/x.png.
  return URL.canParse(url, SITE) ? new URL(url, SITE) : undefined;
}

/** Whether `url` leaves the site once a browser has read it. */
const leaves = (url: URL | undefined) => url !== undefined && url.origin !== SITE.origin;

/** A URL written with its scheme and nothing a browser would drop: what a reader sees is where it goes. */
const PLAINLY_ABSOLUTE = /^[a-z][a-z0-9+.-]*:[^\t\n\r\\]*$/i;

/** `srcset` candidates: the URL as the srcset parser reads it, and as a lax one would read it without tabs or newlines. */
function srcsetUrls(candidate: string): string[] {
  const spec = candidate.trim().split(/[\t\n\f\r ]+/)[0] ?? '';
  const lax =
    candidate
      .replace(/[\t\n\r]/g, '')
      .trim()
      .split(/ +/)[0] ?? '';
  return spec === lax ? [spec] : [spec, lax];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** Attributes that hold a URL, and whether the page loads it by itself. */
const URL_ATTRIBUTES = ['src', 'srcset', 'poster', 'href', 'cite', 'longdesc'];

/**
 * A body needs the parser unless every URL attribute in it is written in a form whose
 * reading is plain: `href="https://host/…"`, `href="#…"` or `href="/path"` with no
 * tab, newline, backslash or character reference. Most note bodies hold only such links.
 */
const ATTRIBUTE = new RegExp(`[\\s/"'](?:${URL_ATTRIBUTES.join('|')})\\s*=`, 'gi');
const PLAIN_LINK =
  / (?:href|cite)="(?:https:\/\/[a-z0-9.-]+(?:[/?#](?:[^"\s\\&]|&amp;)*)?|#(?:[^"\s\\&]|&amp;)*|\/(?![/\\])(?:[^"\s\\&]|&amp;)*)"/gi;

function needsParsing(html: string): boolean {
  const attributes = html.match(ATTRIBUTE)?.length ?? 0;
  return attributes > 0 && (html.match(PLAIN_LINK)?.length ?? 0) < attributes;
}

/**
 * The URLs in rendered HTML that a browser reads as leaving the site where they must
 * not: an image (`src`, `srcset`, `poster`) from another origin, which would be a
 * tracking pixel on the page and in the W3C export, where no Content-Security-Policy
 * stops a client from fetching it; and a link or citation (`href`, `cite`) written as a
 * path on this site that a browser reads as another origin (`/<tab>/evil.example/`).
 * URLs are judged as the browser reads them, not as written.
 */
export function offSiteUrls(html: string): OffSiteUrl[] {
  if (!needsParsing(html)) return [];
  const found: OffSiteUrl[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    const { src, srcSet, poster, href, cite, longDesc } = node.properties;
    const images = [...strings(src), ...strings(poster), ...strings(srcSet).flatMap(srcsetUrls)];
    for (const written of images) {
      const reads = browserReads(written);
      if (leaves(reads)) found.push({ kind: 'image', written, reads: reads!.href });
    }
    for (const written of [...strings(href), ...strings(cite), ...strings(longDesc)]) {
      const reads = browserReads(written);
      if (leaves(reads) && !PLAINLY_ABSOLUTE.test(written.trim()))
        found.push({ kind: 'link', written, reads: reads!.href });
    }
  });
  return found;
}

/** One line on an off-site URL, for an error that names the body's file. */
export function describeOffSiteUrl({ kind, written, reads }: OffSiteUrl): string {
  const shown = JSON.stringify(written);
  return kind === 'image'
    ? `body: the image ${shown} loads from ${reads}, another origin (a tracking pixel on the page and in the export); save it in public/ and link it by path, or remove it`
    : `body: the link ${shown} leads to ${reads} although it is written as a path on this site (browsers drop tabs and newlines from URLs and read "\\" as "/"); write the address out in full, or fix the path`;
}
