import { z } from 'astro/zod';

/**
 * One column's reading of one issue: content/readings/<article>/<issue>.md.
 * The body says what this column reports or argues about the issue (what came of
 * it at the talks the column covers, how the column weighs it), so the issue file
 * keeps only what is true of the issue whichever column cites it. The file's
 * folder names the article and its name the issue; both are checked at build.
 */
export const readingSchema = z.strictObject({});

export type ReadingData = z.output<typeof readingSchema>;
