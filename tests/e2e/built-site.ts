import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The built file a site path is served from, or `undefined` when there is none. */
export function builtFile(dist: string, pathname: string): string | undefined {
  const path = join(dist, decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const cache = new Map<string, Root>();

/** A built HTML file parsed into hast (parsed once per run). */
export function parsed(file: string): Root {
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

/** Every element of a tree, in document order. */
export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/** Elements whose text is never shown: scripts, styles, templates and hidden subtrees. */
const unseen = (node: Element) =>
  ['script', 'style', 'template', 'noscript', 'head'].includes(node.tagName) || node.properties.hidden === true;

/** The text a reader can see in a page, whitespace collapsed. */
export function visibleText(tree: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element' && !unseen(child)) {
        // Block boundaries separate words the way a browser's rendering does.
        parts.push(' ');
        walk(child);
      }
    }
  };
  walk(tree);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text of an element, whitespace collapsed. */
export const textOf = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();
