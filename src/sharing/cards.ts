import type { CardInput } from '../cards/index.ts';
import type { Article } from '../editorial/site-data.ts';
import { OUTCOME_LABELS, outcomeBadge } from './outcomes.ts';
import type { SectionHead } from './sections.ts';

const footer = () => `Floorboards · ${new URL(import.meta.env.SITE).host}`;

/** The article's preview card: its title, its summary and what came of each thing asked for. */
export const articleCard = (article: Article): CardInput => ({
  kicker: 'Annotated analysis',
  title: article.data.title,
  context: article.data.dek,
  badges: article.data.asks.map((ask) => ({ text: `${ask.label}: ${OUTCOME_LABELS[ask.outcome]}`, tone: ask.outcome })),
  footer: footer(),
});

/**
 * A section's preview card: its name, the column it belongs to and, for an issue, the outcome
 * badge and the figure (drawn for the card: light, without words).
 */
export function sectionCard(section: SectionHead, figure?: CardInput['figure']): CardInput {
  const column = `In “${section.article.data.title}”`;
  const person = section.person?.data;
  return {
    kicker: person ? (person.kind === 'expert' ? 'Expert' : 'Official') : 'Issue',
    title: section.name,
    context: person ? `${person.role}, ${person.affiliation}. ${column}` : column,
    badges: section.outcome
      ? [{ text: outcomeBadge(section.article, section.outcome.outcome), tone: section.outcome.outcome }]
      : [],
    footer: footer(),
    ...(figure ? { figure } : {}),
  };
}

/** The card for pages about the whole site. */
export const siteCard = (): CardInput => ({
  kicker: 'Floorboards',
  title: 'News analysis, annotated',
  context: 'Newspaper columns reprinted verbatim, with sourced notes on every issue and person they discuss.',
  footer: footer(),
});
