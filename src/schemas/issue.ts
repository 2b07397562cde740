import { z } from 'astro/zod';
import { corrections } from './correction.ts';
import { partialDate } from './partial-date.ts';
import { sourceSchema } from './source.ts';
import { stances } from './stance.ts';

/** The icons an issue can show beside its name (see src/components/IssueIcon.astro). */
export const issueIcons = ['balloon', 'chip', 'island', 'pill', 'shield', 'handshake', 'globe'] as const;

/**
 * One issue a column discusses; the body is its briefing in markdown: only what is
 * true of the issue whichever column cites it. A column's own reading of the issue
 * lives with the column, in content/readings/<article>/<issue>.md.
 */
export const issueSchema = z.strictObject({
  /** The issue's name as a reader would say it. */
  name: z.string().min(1),
  /** The icon shown with the name, so the issue never depends on colour alone. */
  icon: z.enum(issueIcons),
  /** What the issue is, in one sentence. */
  summary: z.string().min(1),
  /** Words in a column that mention this issue and link to its section. */
  terms: z.array(z.string().min(1)).min(1),
  /** Where each party stands, in our words and its officials' (see src/schemas/stance.ts). */
  stances,
  /** The sources the briefing rests on (2 to 5). */
  sources: z.array(sourceSchema).min(1),
  /** When the summary, stances and briefing were last checked against the sources: `YYYY-MM-DD`. */
  reviewed: partialDate.refine((iso) => iso.length === 10, 'reviewed needs its full date (YYYY-MM-DD)'),
  /** Dated corrections to this issue's summary, stances or briefing. */
  corrections,
});

export type IssueData = z.output<typeof issueSchema>;
