import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';

/** A published source a note or briefing rests on. */
export const sourceSchema = z.strictObject({
  /** The source's own title, as published. */
  title: z.string().min(1),
  /** Who published it (outlet, agency or government body). */
  publisher: z.string().min(1),
  /** When it was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: partialDate,
  /**
   * `true` for a page that shows no publication date (an author page, a staff biography):
   * `date` then says when we consulted it, and pages can say so.
   */
  undated: z.boolean().optional(),
  /** Where to read it; always https. */
  url: z.url({ protocol: /^https$/, error: 'Source URLs must be absolute https URLs' }),
});

export type Source = z.output<typeof sourceSchema>;
