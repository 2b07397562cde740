import type { BadgeTone, CardInput } from '../cards/index.ts';
import { noteTypeLabels } from '../components/reading/note-types.ts';
import type { Article, Note } from '../editorial/site-data.ts';
import type { VerdictWord } from '../schemas/verdict.ts';
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

/** How each verdict's badge is tinted; its words carry the verdict. */
const VERDICT_TONES: Record<VerdictWord, BadgeTone> = {
  accurate: 'agreed',
  inaccurate: 'refused',
  misleading: 'put-off',
  'garbled in translation': 'put-off',
  'could not be verified': 'no-movement',
};

/**
 * A fact-check's or correction's card: the claim checked (a correction's summary), the
 * column it is on and the verdict in words, so the preview says what was found.
 */
export function noteCard(article: Article, note: Note): CardInput {
  const { type, summary, verdict } = note.data;
  return {
    kicker: noteTypeLabels[type],
    title: verdict ? verdict.claim : summary,
    context: `In “${article.data.title}”`,
    badges: verdict
      ? [{ text: `Verdict: ${verdict.rating}`, tone: VERDICT_TONES[verdict.rating] }]
      : [{ text: 'The reprint corrected', tone: 'neutral' }],
    footer: footer(),
  };
}

/** The card for pages about the whole site. */
export const siteCard = (): CardInput => ({
  kicker: 'Floorboards',
  title: 'News analysis, annotated',
  context: 'Newspaper columns reprinted verbatim, with sourced notes on every issue and person they discuss.',
  footer: footer(),
});
