import type { Element, ElementContent, Root } from 'hast';

/** Elements whose children may be paragraphs or list items: the engine looks inside them. */
const CONTAINERS = new Set(['blockquote', 'ul', 'ol', 'li']);

/** Children that make a list item a container rather than a paragraph of its own. */
const BLOCK_CHILDREN = new Set(['p', 'ul', 'ol', 'blockquote']);

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';

/**
 * The column's paragraphs, in document order: top-level `<p>`, the `<p>` of block
 * quotes, and list items (a tight item is a paragraph itself; a loose one holds
 * `<p>`s). These are what get `p-N` ids and what notes can anchor in. Headings,
 * tables and code are not prose a note can quote.
 */
export function textBlocks(tree: Root): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    if (node.tagName === 'p') {
      found.push(node);
    } else if (node.tagName === 'li' && !node.children.some((c) => isElement(c) && BLOCK_CHILDREN.has(c.tagName))) {
      found.push(node);
    } else if (CONTAINERS.has(node.tagName)) {
      node.children.filter(isElement).forEach(visit);
    }
  };
  tree.children.filter(isElement).forEach(visit);
  return found;
}
