import { z } from 'astro/zod';

/**
 * The facts one source supports that no event or quotation records, in content/facts.yaml:
 * a number a note writes must be among the recorded facts of one of its sources.
 */
export const factSchema = z.strictObject({
  /** The source's URL, as the notes that cite it give it. */
  url: z.url({ protocol: /^https$/, error: 'Source URLs must be absolute https URLs' }),
  /** Each fact as the source supports it, in a sentence. */
  facts: z.array(z.string().min(1)).min(1),
});

export type FactData = z.output<typeof factSchema>;
