import type { Element, Root, Text } from 'hast';
import { PARAGRAPH_BREAK } from './fold.ts';
import { textBlocks } from './text-blocks.ts';

/** One text node of a paragraph and where its characters sit in the article's text. */
export interface TextRun {
  node: Text;
  parent: Element;
  /** Offset of the node's first character in `TextMap.text`. */
  start: number;
  /** Index of the paragraph (in `TextMap.paragraphs`). */
  paragraph: number;
  /** Whether the text is already inside a link (mentions are never linked there). */
  inLink: boolean;
}

/** The article's paragraphs as one string, and where every character came from. */
export interface TextMap {
  /** Every paragraph's text, joined by PARAGRAPH_BREAK. */
  text: string;
  /** The paragraph elements (`textBlocks`), in document order. */
  paragraphs: Element[];
  /** Offset in `text` where each paragraph starts. */
  paragraphStarts: number[];
  /** Every text node, in document order. */
  runs: TextRun[];
}

/**
 * Reads the text of every paragraph (`textBlocks`) once. Matching then runs on this one
 * string, so a passage can cross emphasis or a link, and offsets lead back to nodes.
 */
export function buildTextMap(tree: Root): TextMap {
  const parts: string[] = [];
  const paragraphs: Element[] = [];
  const paragraphStarts: number[] = [];
  const runs: TextRun[] = [];
  let offset = 0;
  for (const block of textBlocks(tree)) {
    if (paragraphs.length > 0) {
      parts.push(PARAGRAPH_BREAK);
      offset += 1;
    }
    const paragraph = paragraphs.length;
    paragraphs.push(block);
    paragraphStarts.push(offset);
    // A hand-written walk rather than unist-util-visit: it must know whether any ancestor is a link.
    const walk = (parent: Element, inLink: boolean) => {
      for (const child of parent.children) {
        if (child.type === 'text') {
          runs.push({ node: child, parent, start: offset, paragraph, inLink });
          parts.push(child.value);
          offset += child.value.length;
        } else if (child.type === 'element') {
          walk(child, inLink || child.tagName === 'a');
        }
      }
    };
    walk(block, false);
  }
  return { text: parts.join(''), paragraphs, paragraphStarts, runs };
}

/** The paragraph index holding `offset` (binary search over paragraph starts). */
export function paragraphAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.paragraphStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.paragraphStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
