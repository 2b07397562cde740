import type { ContentProblem } from '../lib/content-error.ts';

/**
 * The latest date it is anywhere on Earth (UTC+14): a date after it has happened
 * nowhere yet, whichever time zone an editor dated it in.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The first day a partial date can mean: `2027` → `2027-01-01`, `2027-06` → `2027-06-01`. */
export const firstDay = (iso: string) => `${iso}-01-01`.slice(0, 10);

/** A date that records something that happened, and where it is written. */
export interface HappenedDate {
  file: string;
  /** The field as an author finds it: `corrections[0].date`, `created`. */
  field: string;
  date: string | undefined;
}

/** Dates of things that happened (a correction, a review, a publication) that are after `today`. */
export function futureDateProblems(dates: readonly HappenedDate[], today = latestToday()): ContentProblem[] {
  return dates
    .filter(
      (entry): entry is HappenedDate & { date: string } => entry.date !== undefined && firstDay(entry.date) > today,
    )
    .map(({ file, field, date }) => ({
      file,
      problem: `${field}: "${date}" is after today (${today}); a date that records what happened cannot be in the future`,
    }));
}
