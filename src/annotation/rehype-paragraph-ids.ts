import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { roleKeyId } from '../lib/constants.ts';
import { ContentError } from '../lib/content-error.ts';
import type { ParagraphEntry, ParagraphRole } from './types.ts';
import { paragraphId } from './markup.ts';
import { textBlocks } from './text-blocks.ts';

export interface Options {
  /** Paragraphs that are not the column's prose, matched by full text. Default: none. */
  marks?: ReadonlyArray<{ role: Exclude<ParagraphRole, 'column'>; text: string }>;
  /** Where to report a mark that matches no paragraph. Default: `'the article'`. */
  file?: string;
}

/**
 * Gives every paragraph of the column (`textBlocks`: top-level, in block quotes,
 * list items) a stable id (`p-1`, `p-2`, …) and its role, and records them in
 * `file.data.paragraphs`.
 */
export default function rehypeParagraphIds(options?: Readonly<Options> | null) {
  const marks = options?.marks ?? [];
  const where = options?.file ?? 'the article';
  return function transformer(tree: Root, file: { data: Record<string, unknown> }) {
    const paragraphs: ParagraphEntry[] = [];
    const used = new Set<number>();
    for (const node of textBlocks(tree)) {
      const text = toString(node);
      const id = paragraphId(paragraphs.length + 1);
      const markIndex = marks.findIndex((mark, i) => !used.has(i) && mark.text === text);
      const role: ParagraphRole = markIndex === -1 ? 'column' : marks[markIndex]!.role;
      if (markIndex !== -1) used.add(markIndex);
      decorate(node, id, role);
      paragraphs.push({ id, role, text, noteIds: [], sectionIds: [] });
    }
    marks.forEach((mark, i) => {
      if (!used.has(i)) {
        throw new ContentError(where, `marks[${i}] (${mark.role}) matches no paragraph: "${mark.text}"`);
      }
    });
    file.data.paragraphs = paragraphs;
  };
}

function decorate(node: Element, id: string, role: ParagraphRole) {
  node.properties.id = id;
  if (role !== 'column') {
    node.properties.dataRole = role;
    // The page explains each role once, in an element with this id (ParagraphRoleKey.astro).
    node.properties.ariaDescribedBy = [roleKeyId(role)];
  }
}
