import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A URL that leaves the site: it has a scheme (`https:`) or is protocol-relative (`//host/…`). */
const OFF_SITE = /^\s*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i;
const MAY_LOAD = /[\s/]src(?:set)?\s*=/i;

/**
 * The URLs from other origins that rendered HTML would load by itself (an image's
 * `src`, a `<source srcset>`): a tracking pixel on the page, and in the W3C export,
 * where no Content-Security-Policy stops a client from fetching it.
 */
export function remoteResources(html: string): string[] {
  // Most bodies load nothing: without a `src` or `srcset` attribute (after a space or, as
  // in `<img/src=…>`, a slash) there is nothing to parse for.
  if (!MAY_LOAD.test(html)) return [];
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    const { src, srcSet } = node.properties;
    const urls = [
      ...(typeof src === 'string' ? [src] : []),
      ...(Array.isArray(srcSet) ? srcSet : typeof srcSet === 'string' ? srcSet.split(',') : []).map(
        (candidate) => String(candidate).trim().split(/\s+/)[0]!,
      ),
    ];
    found.push(...urls.filter((url) => OFF_SITE.test(url)));
  });
  return found;
}
