/**
 * A share page shows an issue's briefing and, under it, the notes filed under the
 * issue; a note that explains a passage often restates a paragraph of the briefing
 * (both say what the issue is), and the page would say it twice. The paragraph the
 * note restates is left out of the page's briefing: the note keeps its sources and
 * its correction notices, and the reading page still shows the briefing whole.
 *
 * "Restates" is measured, not judged: the share of a paragraph's three-word runs
 * (lowercased, punctuation and markup dropped) that also occur in one note. In the
 * content as it stands, the paragraphs that say again what a note says share 0.57 to
 * 0.68 of their runs with it; the next highest, a paragraph that shares two dated
 * incidents with a note but is about something else, shares 0.41.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** The share of a paragraph's three-word runs that a note must repeat for the paragraph to be left out. */
export const RESTATED_SHARE = 0.5;

/** A text's runs of three words, lowercased, punctuation and markup dropped. */
export function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(0, -2).map((word, i) => `${word} ${words[i + 1]} ${words[i + 2]}`));
}

/** How much of `paragraph` (its three-word runs, 0 to 1) occurs in `other`. */
export function restatedShare(paragraph: Set<string>, other: Set<string>): number {
  if (paragraph.size === 0) return 0;
  let shared = 0;
  for (const run of paragraph) if (other.has(run)) shared++;
  return shared / paragraph.size;
}

const isParagraph = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'p';

/**
 * The briefing's HTML without the top-level paragraphs that one of `notes` (their
 * HTML) restates; the HTML unchanged when none does.
 */
export function withoutRestated(html: string, notes: readonly string[]): string {
  const noteRuns = notes.map((note) => wordRuns(toString(fromHtml(note, { fragment: true }))));
  const tree: Root = fromHtml(html, { fragment: true });
  const kept = tree.children.filter(
    (node) =>
      !isParagraph(node) || !noteRuns.some((runs) => restatedShare(wordRuns(toString(node)), runs) >= RESTATED_SHARE),
  );
  if (kept.length === tree.children.length) return html;
  return toHtml({ ...tree, children: kept });
}
