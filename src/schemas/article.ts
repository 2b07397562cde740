import { z } from 'astro/zod';
import { PRESENTATION_FIELDS } from '../editorial/seal.ts';
import { slug } from './ids.ts';
import { partialDate } from './partial-date.ts';
import { textQuoteSelector } from './selector.ts';

/** How a paragraph of the reprint relates to the column itself. */
export const paragraphRoles = ['photo-caption', 'artifact', 'credit'] as const;

/** What came of one thing the column says was asked for at the talks. */
export const outcomes = ['agreed', 'refused', 'put-off', 'no-movement'] as const;

/** A paragraph of the reprint that is not the column's own prose, matched by its full text. */
const paragraphMark = z.strictObject({
  /** `photo-caption` (the lead photo's caption), `artifact` (the reposting site's boilerplate) or `credit`. */
  role: z.enum(paragraphRoles),
  /** The paragraph's full text, exactly as in the body. */
  text: z.string().min(1),
});

/** One request the column reports, and what it got. */
const ask = z.strictObject({
  /** What was asked for, in a few words. */
  label: z.string().min(1),
  /** What came of it, as the column and the fact sheet support. */
  outcome: z.enum(outcomes),
  /** The issue section it belongs to, if any. */
  issue: slug.optional(),
  /** The passage of the column that reports it. */
  passage: textQuoteSelector,
});

/** What the column says came of one issue at the talks. */
const issueOutcome = z.strictObject({
  /** The issue's id. */
  issue: slug,
  /** The badge shown on the issue's section. */
  outcome: z.enum(outcomes),
  /** One sentence on why that badge, in our words. */
  detail: z.string().min(1),
});

/** The lead photo of the original; we describe it but never reproduce it. */
const leadPhoto = z.strictObject({
  /** The caption as the reprint gives it. */
  caption: z.string().min(1),
  /** The photo credit as the reprint gives it. */
  credit: z.string().min(1),
});

/**
 * The column's seal (src/editorial/seal.ts): where its text came from and checksums of the
 * body, which the build compares with the body. Written by `npm run seal -- <article>`.
 */
const seal = z.strictObject(
  {
    /** The text as received, relative to the shared sources folder (CI checks the body against it word for word). */
    sourceFile: z.string().min(1).optional(),
    /** sha-256 of the body's paragraphs, joined by blank lines. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Expected 64 hex digits'),
    /** The first 12 hex digits of each paragraph's sha-256, in order: they locate a changed paragraph. */
    paragraphs: z.array(z.string().regex(/^[0-9a-f]{12}$/, 'Expected 12 hex digits')).min(1),
    /** 12 hex digits of the sha-256 of each field that says how the text is presented (`marks`, `byline`, …). */
    presentation: z.record(z.enum(PRESENTATION_FIELDS), z.string().regex(/^[0-9a-f]{12}$/, 'Expected 12 hex digits'), {
      error: (issue) =>
        issue.input === undefined
          ? 'the seal does not cover how the column is presented: run npm run seal -- <article>'
          : undefined,
    }),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'the article has no seal: run npm run seal -- <article>' : undefined,
  },
);

/** One column, reprinted verbatim in the body, with our framing in the frontmatter. */
export const articleSchema = z.strictObject({
  /** Our own title (the original headline is unconfirmed). */
  title: z.string().min(1),
  /** Our own one- or two-sentence summary shown under the title. */
  dek: z.string().min(1),
  /** Who published the original column. */
  publication: z.string().min(1),
  /** When the original ran: `YYYY-MM` when only the month is known. */
  published: partialDate,
  /** How to say the date in words, e.g. "late June 2023". */
  publishedLabel: z.string().min(1),
  /** The author, or `null` where the reprint carries no byline (never guessed). */
  byline: z.string().min(1).nullable(),
  /** Where our copy of the text comes from and what was done to it before us. */
  provenance: z.string().min(1),
  /** The original's lead photo (not reproduced here). */
  leadPhoto: leadPhoto.optional(),
  /** When our notes on this column were last reviewed. */
  annotated: partialDate,
  /** Where the body came from and its checksums; the build fails when the body no longer matches. */
  seal,
  /** Paragraphs of the reprint that are not the column's prose. */
  marks: z.array(paragraphMark).default([]),
  /** The issues the column discusses, in the order the page lists them. */
  issues: z.array(slug).min(1),
  /** The people the column quotes or names, in the order the page lists them. */
  people: z.array(slug).default([]),
  /** The heading over the asks, e.g. "What Blinken asked for, and what he got" (the page has a neutral default). */
  asksHeading: z.string().min(1).optional(),
  /** What was asked for at the talks and what came of it. */
  asks: z.array(ask).default([]),
  /** The words before each issue's outcome badge, e.g. "At the Beijing talks" (the page has a neutral default). */
  outcomesLabel: z.string().min(1).optional(),
  /** The "At the talks" badge for each issue. */
  outcomes: z.array(issueOutcome).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
