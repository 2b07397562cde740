import { z } from 'astro/zod';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';

/**
 * One quotation in content/quotations.yaml: words a note may present as a quote
 * although the column does not contain them. Kept beside the facts so that every
 * quote on the site can be traced to who said it, when, and where it was reported.
 */
export const quotationSchema = z.strictObject({
  /** The words exactly as the source reports them; a note may quote all of them or an unbroken part. */
  text: z.string().min(1),
  /** Who said or wrote them: a person, an office, or a document such as a statute. */
  speaker: z.string().min(1),
  /** When they were said or published. */
  date: partialDate,
  /** Where and on what occasion, in a few words. */
  occasion: z.string().min(1),
  /** Where the words are reported. */
  source: sourceSchema,
});

/** The whole quotation list. */
export const quotationListSchema = z.array(quotationSchema);

export type QuotationData = z.output<typeof quotationSchema>;
