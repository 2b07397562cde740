import { z } from 'astro/zod';
import { slug } from './ids.ts';
import { partialDate } from './partial-date.ts';
import { textQuoteSelector } from './selector.ts';
import { corrections } from './correction.ts';
import { sourceSchema } from './source.ts';
import { verdictSchema } from './verdict.ts';

/** What a note does: adds context, checks a claim, corrects the reprint, tells what happened next, or marks a quote. */
export const noteTypes = ['context', 'fact-check', 'correction', 'update', 'quote'] as const;
export type NoteType = (typeof noteTypes)[number];

/** Note types that make a claim of their own and so must cite a source. */
export const sourcedNoteTypes: readonly NoteType[] = ['fact-check', 'correction', 'update'];

/**
 * One note on a column, in `content/notes/<article-id>/<note-id>.md`; the body is
 * the note in markdown.
 */
export const noteSchema = z
  .strictObject({
    /**
     * The issue or person whose section the note belongs to. Leave it out for a note on the
     * text as received rather than on anything the column discusses (a line the reposting
     * site inserted, say): such a note belongs to no section and no issue lens shows it.
     */
    subject: slug.optional(),
    /** What kind of note this is. */
    type: z.enum(noteTypes),
    /** One line that stands for the note when it is folded. */
    summary: z.string().min(1),
    /** The passage(s) of the column the note is about. */
    target: z
      .union([textQuoteSelector, z.array(textQuoteSelector).min(1)])
      .transform((t) => (Array.isArray(t) ? t : [t])),
    /** For `update` notes: the event in content/events.yaml that the note reports (its date comes from there). */
    event: slug.optional(),
    /** What the note rests on. */
    sources: z.array(sourceSchema).default([]),
    /** For `fact-check` notes (and only those): the verdict in words and its evidence (src/schemas/verdict.ts). */
    verdict: verdictSchema.optional(),
    /** Dated corrections to this note (src/schemas/correction.ts). */
    corrections,
    /** When the note was written (defaults to the article's `annotated` date). */
    created: partialDate.optional(),
  })
  .superRefine((note, ctx) => {
    if (sourcedNoteTypes.includes(note.type) && note.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `A ${note.type} note needs at least one source`,
      });
    }
    if (note.type === 'fact-check' && !note.verdict) {
      ctx.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: 'A fact-check note needs a verdict (rating, claim, evidence)',
      });
    }
    if (note.type !== 'fact-check' && note.verdict) {
      ctx.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: `Only a fact-check note has a verdict, not a ${note.type} note`,
      });
    }
    const cited = new Set(note.sources.map((source) => source.url));
    note.verdict?.evidence.forEach((url, i) => {
      if (!cited.has(url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['verdict', 'evidence', i],
          message: `Evidence ${url} is not one of the note's sources`,
        });
      }
    });
  });

export type NoteData = z.output<typeof noteSchema>;
