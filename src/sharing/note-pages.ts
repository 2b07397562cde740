import { noteName } from '../lib/constants.ts';
import type { Note } from '../editorial/site-data.ts';
import type { NoteType } from '../schemas/note.ts';
import type { AnnotationIndex } from '../annotation/types.ts';
import type { Passage } from './sections.ts';

/**
 * The notes that have a page and a preview card of their own: those that give a verdict on
 * the column's words (a fact-check) or set the reprint right (a correction), which are what
 * readers pass around alone. Every other note is read in its place in the column.
 */
export const pagedNoteTypes: readonly NoteType[] = ['fact-check', 'correction'];

/** Whether the note has its own page (`/<article>/notes/<note>/`). */
export const hasOwnPage = (note: Note) => pagedNoteTypes.includes(note.data.type);

/** The article's notes that have their own page, in file order, each with its file name. */
export const pagedNotes = (notes: readonly Note[]) =>
  notes.filter(hasOwnPage).map((note) => ({ note, name: noteName(note.id) }));

/** The passages of the column a note is anchored to, in reading order, with their paragraphs. */
export function notePassages(index: AnnotationIndex, note: Note): Passage[] {
  const name = noteName(note.id);
  const numbers = new Map(index.paragraphs.map((p, i) => [p.id, { paragraph: p, number: i + 1 }]));
  return index.anchors
    .filter((anchor) => anchor.noteId === name || anchor.noteId === note.id)
    .flatMap((anchor) => {
      const found = numbers.get(anchor.paragraphId);
      return found
        ? [{ paragraphId: anchor.paragraphId, number: found.number, text: found.paragraph.text, exact: anchor.exact }]
        : [];
    });
}
