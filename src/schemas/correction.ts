import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';

/**
 * A dated correction to something a reader could have relied on: a note, a briefing,
 * a person card or an event. It is shown where the corrected text is, and listed on
 * /corrections/.
 */
export const correctionSchema = z.strictObject({
  /** When the correction was made: `YYYY-MM-DD`. Required: an undated correction fails the build. */
  date: z
    .unknown()
    .refine(
      (value) => value !== undefined && value !== null && value !== '',
      'A correction needs its date (YYYY-MM-DD)',
    )
    .pipe(partialDate)
    .refine((iso) => iso.length === 10, 'A correction needs its full date (YYYY-MM-DD)'),
  /**
   * What kind of change it was, as newsrooms label them: a `correction` (the site said
   * something wrong), a `clarification` (what it said was true but misleading, or rested on
   * a source that did not say it) or an `update` (the world changed after it was written).
   */
  kind: z.enum(['correction', 'clarification', 'update']),
  /** What an earlier version said, in a few words (shown as "an earlier version said …"). */
  wrong: z.string().min(1),
  /** What is right, as the corrected text now says. */
  right: z.string().min(1),
  /** What settles it, when the note's own sources do not. */
  sources: z.array(sourceSchema).default([]),
});

/** Corrections, newest last as written; pages sort them. */
export const corrections = z.array(correctionSchema).default([]);

export type Correction = z.output<typeof correctionSchema>;
export type CorrectionKind = Correction['kind'];
