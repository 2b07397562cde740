import type { NoteType } from '../schemas/note.ts';
import type { AnchorEntry } from './types.ts';

/** The W3C Web Annotation JSON-LD context. https://www.w3.org/TR/annotation-model/ */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * What each note type does, in the model's vocabulary
 * (https://www.w3.org/TR/annotation-model/#motivation-and-purpose): background
 * describes what a passage names; a fact-check and an update comment on it (the
 * model's `assessing` is left out so the export keeps to the five motivations we
 * list in the README); a correction corrects the reprint; a quote identifies a speaker.
 */
export const motivations: Readonly<Record<NoteType, string>> = {
  context: 'describing',
  'fact-check': 'commenting',
  correction: 'correcting',
  update: 'commenting',
  quote: 'identifying',
};

/** One note, ready for the export. */
export interface ExportNote {
  name: string;
  type: NoteType;
  /** The note's body as sanitized HTML. */
  html: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  created: string;
  /** The note's passages, in document order. */
  anchors: readonly AnchorEntry[];
}

/** A partial date as a full ISO date-time (the first moment it can mean, in UTC). */
export function toDateTime(partial: string): string {
  const [year, month = '01', day = '01'] = partial.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

/** The article's notes as a W3C AnnotationCollection with one embedded page. */
export function annotationCollection(input: {
  /** Absolute URL of this export. */
  id: string;
  /** Absolute URL of the article page. */
  source: string;
  label: string;
  notes: readonly ExportNote[];
}) {
  const items = input.notes.map((note) => {
    const targets = note.anchors.map((anchor) => ({
      source: input.source,
      // A list, as Hypothesis exports: the build adds a TextPositionSelector to it
      // once the page is written (src/annotation/export-positions.ts).
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: anchor.exact,
          ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
          ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
        },
      ],
    }));
    return {
      '@context': ANNOTATION_CONTEXT,
      id: `${input.id}#${note.name}`,
      type: 'Annotation',
      motivation: motivations[note.type],
      created: toDateTime(note.created),
      body: { type: 'TextualBody', value: note.html, format: 'text/html', language: 'en' },
      target: targets.length === 1 ? targets[0] : targets,
    };
  });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: input.id,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    ...(items.length > 0 ? { first: { id: `${input.id}#page-1`, type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}
