import type { outcomes } from '../schemas/article.ts';
import type { Article } from '../editorial/site-data.ts';

/** What came of an issue at the talks, in the words the badge uses. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  agreed: 'agreed',
  refused: 'refused',
  'put-off': 'put off',
  'no-movement': 'no movement',
};

export type Outcome = (typeof outcomes)[number];

/** The words before an outcome: the article's own (`outcomesLabel`), else the reading page's neutral default. */
export const outcomesLabel = (article: Article) => article.data.outcomesLabel ?? 'At the talks';

/** The badge text for an issue's outcome at the talks the column reports. */
export const outcomeBadge = (article: Article, outcome: Outcome) =>
  `${outcomesLabel(article)}: ${OUTCOME_LABELS[outcome]}`;
