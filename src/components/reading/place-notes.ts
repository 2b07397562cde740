import type { AnnotatedArticle } from '../../annotation/types.ts';
import { noteName } from '../../lib/constants.ts';
import type { Note } from '../../editorial/site-data.ts';

/** A note as the reading page shows it: numbered in reading order, with its passages. */
export interface PlacedNote {
  note: Note;
  /** The note's file name without `.md`, the key of `index.notes` and of `data-notes`. */
  name: string;
  /** Its number on the page, 1, 2, … in the order a reader meets the notes. */
  n: number;
  /** Its passages (`a-<name>-<k>`), each with the number of the paragraph that holds it. */
  passages: { id: string; paragraph: number; exact: string }[];
  /** The paragraph the note is shown after. */
  paragraphId: string | undefined;
}

const paragraphNumber = (id: string) => Number(id.slice(2));

/**
 * Groups an article's notes under the paragraph that holds their first passage,
 * in the order of those passages, and numbers them. A note the index does not
 * place (the engine found no passage for it) goes after the first paragraph of
 * the column itself, so it is never lost.
 */
export function placeNotes(article: AnnotatedArticle, notes: readonly Note[]) {
  const { index } = article;
  const anchorOrder = new Map(index.anchors.map((anchor, i) => [anchor.id, i]));
  const fallback = index.paragraphs.find((p) => p.role === 'column')?.id;
  const firstPosition = (name: string) => {
    const first = index.notes[name]?.anchorIds[0];
    return first === undefined ? Number.MAX_SAFE_INTEGER : (anchorOrder.get(first) ?? Number.MAX_SAFE_INTEGER);
  };
  const sorted = notes
    .map((note) => ({ note, name: noteName(note.id) }))
    .map(({ note, name }) => ({ note, name, paragraphId: index.notes[name]?.paragraphIds[0] ?? fallback }))
    .toSorted(
      (a, b) =>
        paragraphNumber(a.paragraphId ?? 'p-0') - paragraphNumber(b.paragraphId ?? 'p-0') ||
        firstPosition(a.name) - firstPosition(b.name),
    );
  const byParagraph = new Map<string, PlacedNote[]>();
  const all: PlacedNote[] = sorted.map(({ note, name, paragraphId }, i) => {
    const passages = (index.notes[name]?.anchorIds ?? []).map((id) => {
      const anchor = index.anchors.find((a) => a.id === id);
      return { id, paragraph: paragraphNumber(anchor?.paragraphId ?? 'p-0'), exact: anchor?.exact ?? '' };
    });
    const placed = { note, name, n: i + 1, passages, paragraphId };
    if (paragraphId) byParagraph.set(paragraphId, [...(byParagraph.get(paragraphId) ?? []), placed]);
    return placed;
  });
  return { all, byParagraph };
}
