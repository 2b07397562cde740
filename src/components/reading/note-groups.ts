import type { PlacedNote } from './place-notes.ts';

/** Where a note stands among the printed endnotes. */
export interface NoteGroup {
  /** Its group's place, from 1: the notes on the text as received, then each section in the page's order. */
  g: number;
  /** On the first note of a group only: the group's heading (the section's name). */
  label?: string;
}

/**
 * Groups the notes for print, where they follow the column as endnotes under the
 * issue or person they are about (print CSS orders them by `data-g` and heads each
 * group with the `data-group` of its first note). Notes with no subject are on the text
 * as received and come first; a subject the page has no section for comes last.
 */
export function noteGroups(
  placed: readonly PlacedNote[],
  sections: readonly string[],
  nameOf: (subject: string | undefined) => string,
): Map<string, NoteGroup> {
  const groupOf = (subject: string | undefined) =>
    subject === undefined ? 1 : sections.includes(subject) ? sections.indexOf(subject) + 2 : sections.length + 2;
  const headed = new Set<number>();
  const groups = new Map<string, NoteGroup>();
  for (const p of placed.toSorted((a, b) => a.n - b.n)) {
    const subject = p.note.data.subject;
    const g = groupOf(subject);
    groups.set(p.name, headed.has(g) ? { g } : { g, label: nameOf(subject) });
    headed.add(g);
  }
  return groups;
}
