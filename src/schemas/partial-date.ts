import { z } from 'astro/zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of a date is known: the year, the month or the day. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The precision of an ISO date string of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function precisionOf(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** Why `iso` is not a real partial date, or `undefined` when it is one. */
export function partialDateProblem(iso: string): string | undefined {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return `expected YYYY, YYYY-MM or YYYY-MM-DD, found "${iso}"`;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `month ${month} does not exist in "${iso}"`;
  }
  if (day !== undefined) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) return `day ${day} does not exist in "${iso}"`;
  }
  return undefined;
}

/**
 * A date known to the year, month or day, written `2023`, `2023-06` or `2023-06-19`.
 * Content is parsed without timestamps (src/content-loaders/yaml.ts), so the date is
 * checked exactly as written; a `Date` here means a parser read `2023-02-30` as
 * March 2, and is refused.
 */
export const partialDate = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'string') {
    ctx.addIssue({
      code: 'custom',
      message:
        value instanceof Date
          ? 'Invalid date: it reached the schema as a timestamp, not as written; load the file with src/content-loaders/'
          : 'Invalid date: expected YYYY, YYYY-MM or YYYY-MM-DD',
    });
    return z.NEVER;
  }
  const iso = value.trim();
  const problem = partialDateProblem(iso);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: `Invalid date: ${problem}` });
    return z.NEVER;
  }
  return iso;
});
