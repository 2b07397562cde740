import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { ANCHOR_ID_PREFIX } from '../../annotation/markup.ts';
import { noteCardId } from '../../lib/constants.ts';

/** What a passage's link to its note says. */
export interface NoteRef {
  n: number;
  /** The link's accessible name, e.g. "Note 3, correction". */
  label: string;
}

/**
 * Adds after each passage of a paragraph a link to its note: an empty `<a>`
 * whose number is drawn by CSS from `data-n` (as Tufte CSS numbers sidenotes),
 * so the paragraph's text stays exactly the column's. `data-n` is all that
 * marks it: styles and scripts find note links as `a[data-n]`, and the note by
 * the link's `href`.
 * A passage split by inline markup is one run of `<mark>` elements; the link
 * goes after the run, outside any link the passage sits in (links do not nest).
 */
export function withNoteRefs(html: string, refs: ReadonlyMap<string, NoteRef>): string {
  if (refs.size === 0 || !html.includes('passage')) return html;
  const tree = fromHtml(html, { fragment: true });
  const marks: { node: Element; path: (Root | Element)[] }[] = [];
  const walk = (node: Root | Element, path: (Root | Element)[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'mark' && classes(child).includes('passage')) marks.push({ node: child, path });
      walk(child, [...path, child]);
    }
  };
  walk(tree, [tree]);

  // The last mark of each run, and the notes whose run ends there.
  const endings = new Map<Element, string[]>();
  const end = (mark: Element, name: string) => endings.set(mark, [...(endings.get(mark) ?? []), name]);
  for (const name of new Set(marks.flatMap(({ node }) => notesOf(node)))) {
    if (!refs.has(name)) continue;
    let last: Element | undefined;
    marks.forEach(({ node }, i) => {
      if (!notesOf(node).includes(name)) return;
      const starts = String(node.properties.id ?? '').startsWith(`${ANCHOR_ID_PREFIX}${name}-`);
      const adjacent = last !== undefined && marks[i - 1]?.node === last;
      if (last && (starts || !adjacent)) end(last, name);
      last = node;
    });
    if (last) end(last, name);
  }

  for (const { node, path } of marks) {
    const names = endings.get(node);
    if (!names) continue;
    // Step out of any enclosing link, then insert after the element reached.
    const outer = path.findIndex((el) => el.type === 'element' && el.tagName === 'a');
    const after: Element = outer === -1 ? node : (path[outer] as Element);
    const parent = outer === -1 ? path.at(-1)! : path[outer - 1]!;
    const at = parent.children.indexOf(after as ElementContent);
    const links = names.map((name) => refLink(name, refs.get(name)!));
    parent.children.splice(at + 1, 0, ...links);
  }
  return toHtml(tree);
}

const notesOf = (node: Element) =>
  String(node.properties.dataNotes ?? '')
    .split(/\s+/)
    .filter(Boolean);

const classes = (node: Element) => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

const refLink = (name: string, ref: NoteRef): Element => ({
  type: 'element',
  tagName: 'a',
  properties: {
    href: `#${noteCardId(name)}`,
    dataN: String(ref.n),
    ariaLabel: ref.label,
  },
  children: [],
});
