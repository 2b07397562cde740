import type { outcomes } from '../../schemas/article.ts';

/** What came of an issue at the talks, in the words the badge uses. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  agreed: 'agreed',
  refused: 'refused',
  'put-off': 'put off',
  'no-movement': 'no movement',
};

export type Outcome = (typeof outcomes)[number];

/** The badge text for an issue's outcome at the talks the column reports. */
export const outcomeBadge = (outcome: Outcome) => `At the talks: ${OUTCOME_LABELS[outcome]}`;
