import type { NoteType } from '../../schemas/note.ts';

/** Each note type in words, as the page labels it (never by colour alone). */
export const noteTypeLabels: Record<NoteType, string> = {
  context: 'Context',
  'fact-check': 'Fact-check',
  correction: 'Correction',
  update: 'Update',
  quote: 'Quote',
};
