import { z } from 'astro/zod';

/**
 * A W3C TextQuoteSelector: the exact words of the column, optionally with the
 * words just before (`prefix`) or after (`suffix`) them to make the match unique.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export const textQuoteSelector = z.strictObject({
  /** The passage's exact words as they stand in the column (straight or curly quotes). */
  exact: z
    .string()
    .refine((text) => text.trim() !== '', 'the passage is empty or only whitespace; quote the words the note is about'),
  /** Words immediately before `exact`, to tell apart repeated passages. */
  prefix: z.string().min(1).optional(),
  /** Words immediately after `exact`, to tell apart repeated passages. */
  suffix: z.string().min(1).optional(),
});

export type TextQuoteSelector = z.output<typeof textQuoteSelector>;
