/**
 * The fact-check verdicts on one numeric scale, for the ClaimReview's `reviewRating`:
 * how far the record bears out the claim as the column words it. Google's fact-check
 * markup reads a numeric `ratingValue` between `worstRating` and `bestRating`, and
 * shows the verdict's words (`alternateName`) to readers; /about/ states the scale.
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import type { VerdictWord } from '../schemas/verdict.ts';

/** The ends of the scale. */
export const VERDICT_SCALE = { worst: 1, best: 5 } as const;

/** Each verdict's place on the scale and what it means, best first. */
export const verdictRatings: Record<VerdictWord, { value: number; meaning: string }> = {
  accurate: { value: 5, meaning: 'the record bears out the claim as the column words it' },
  'garbled in translation': {
    value: 4,
    meaning: 'the speaker said it in substance, but the words the column gives are not theirs',
  },
  'could not be verified': {
    value: 3,
    meaning: 'we found nothing in the record that either bears the claim out or contradicts it',
  },
  misleading: { value: 2, meaning: 'true in part, but it leaves a reader with a false picture' },
  inaccurate: { value: 1, meaning: 'the record contradicts the claim' },
};

/** The verdicts from best to worst, as /about/ lists them. */
export const verdictsBestFirst = (Object.keys(verdictRatings) as VerdictWord[]).toSorted(
  (a, b) => verdictRatings[b].value - verdictRatings[a].value,
);
