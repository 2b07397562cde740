/**
 * Stances dated by what their officials said: the newest statement first, the stance
 * "as of" that statement's date, and the issue's latest event when it came later, so a
 * page never presents an old position as if nothing had happened since.
 */
import type { Stance, StanceWords } from '../schemas/stance.ts';
import type { TimelineEvent } from './site-data.ts';

export interface DatedStance {
  stance: Stance;
  /** The officials' words, newest first. */
  words: StanceWords[];
  /** The date of the newest statement. */
  asOf: string;
  /** The issue's latest event that has happened, when it is later than `asOf`. */
  overtakenBy?: TimelineEvent;
}

const newestFirst = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);

/** The issue's newest event dated on or before `today` (scheduled ones excluded). */
export function latestEvent(events: readonly TimelineEvent[], issue: string, today: string) {
  return events
    .filter((event) => event.data.issues.includes(issue) && !event.data.scheduled && event.data.date <= today)
    .toSorted((a, b) => newestFirst(a.data, b.data) || a.id.localeCompare(b.id))[0];
}

export function datedStances(
  stances: readonly Stance[],
  events: readonly TimelineEvent[],
  issue: string,
  today: string,
): DatedStance[] {
  const latest = latestEvent(events, issue, today);
  return stances.map((stance) => {
    const words = stance.words.toSorted(newestFirst);
    const asOf = words[0]!.date;
    // A partial date sorts before the full dates it contains ("2025-12" < "2025-12-08"), so
    // a month-dated statement counts as overtaken only by an event in a later month.
    const overtaken = latest && latest.data.date.slice(0, asOf.length) > asOf;
    return { stance, words, asOf, ...(overtaken ? { overtakenBy: latest } : {}) };
  });
}
