import { z } from 'astro/zod';

/** A fact-check's verdict in words, as the page and the ClaimReview's `reviewRating.alternateName` say it. */
export const verdictWords = [
  'accurate',
  'inaccurate',
  'misleading',
  'garbled in translation',
  'could not be verified',
] as const;
export type VerdictWord = (typeof verdictWords)[number];

/** What a fact-check note concluded, and what it rests on (required on `fact-check` notes). */
export const verdictSchema = z.strictObject({
  /** The verdict, in words. */
  rating: z.enum(verdictWords),
  /** The claim checked, in a short sentence (schema.org `claimReviewed`; under 75 characters reads best). */
  claim: z.string().min(1).max(120),
  /** The URLs that settle it: each must be one of the note's `sources`. */
  evidence: z.array(z.url({ protocol: /^https$/, error: 'Evidence URLs must be absolute https URLs' })).min(1),
});

export type Verdict = z.output<typeof verdictSchema>;
