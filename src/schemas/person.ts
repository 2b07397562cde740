import { z } from 'astro/zod';
import { corrections } from './correction.ts';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';

/** One person a column quotes or names; the body is a short profile in markdown. */
export const personSchema = z.strictObject({
  /** Full name. */
  name: z.string().min(1),
  /** `expert` for analysts quoted for their view, `official` for office-holders. */
  kind: z.enum(['expert', 'official']),
  /** Their title, as of `roleAsOf` (shown with that date: titles change). */
  role: z.string().min(1),
  /** Their institution, as of `roleAsOf`. */
  affiliation: z.string().min(1),
  /**
   * When `role` and `affiliation` were true: the date of the source that gives them, or for an
   * undated page (a staff biography) the month we consulted it. `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   */
  roleAsOf: partialDate,
  /** Other names a column uses for them (surname, a misspelling); all link to their section. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Aliases that are a reprint's misspellings, shown as such. */
  misspellings: z.array(z.string().min(1)).default([]),
  /** Their argument in the column, in one line. */
  argument: z.string().min(1).optional(),
  /** Where the role and affiliation come from. */
  sources: z.array(sourceSchema).default([]),
  /** Dated corrections to this person's card. */
  corrections,
});

export type PersonData = z.output<typeof personSchema>;
