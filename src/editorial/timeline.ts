import type { TimelineEvent } from './site-data.ts';

/** Reading order for dated events: by date, then by id so equal dates keep one order. */
export const byDate = (a: { id: string; data: { date: string } }, b: { id: string; data: { date: string } }) =>
  a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);

/**
 * An issue's events that have happened by `today` (scheduled ones excluded), newest
 * first. Every event is dated and cites a source (src/schemas/event.ts).
 */
export const newestEvents = (events: readonly TimelineEvent[], issue: string, today: string): TimelineEvent[] =>
  events
    .filter((event) => event.data.issues.includes(issue) && !event.data.scheduled && event.data.date <= today)
    .toSorted((a, b) => byDate(b, a));

/** Days since 1970-01-01 for a partial ISO date, taking a missing month or day as the first. */
function dayNumber(iso: string): number {
  const [year = '1970', month = '01', day = '01'] = iso.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

/** Where dates fall between the earliest and the latest of a set, for drawing a scale. */
export interface TimelineSpan {
  /** The first date of the set (ISO), or `undefined` for an empty set. */
  start: string | undefined;
  /** The last date of the set (ISO), or `undefined` for an empty set. */
  end: string | undefined;
  /** How far along the span `iso` lies, from 0 to 100; 0 when the span has no length. */
  position(iso: string): number;
}

/** The span of `dates` (partial ISO dates, in any order). */
export function timelineSpan(dates: readonly string[]): TimelineSpan {
  const sorted = dates.toSorted((a, b) => dayNumber(a) - dayNumber(b));
  const start = sorted.at(0);
  const end = sorted.at(-1);
  const from = start === undefined ? 0 : dayNumber(start);
  const length = end === undefined ? 0 : dayNumber(end) - from;
  return {
    start,
    end,
    position: (iso) => (length === 0 ? 0 : Math.min(100, Math.max(0, ((dayNumber(iso) - from) / length) * 100))),
  };
}

/** The id of the full timeline's list on /timeline/ (the Timeline component's default for all events). */
export const FULL_TIMELINE_ID = 'timeline-all';

/** The element id of an event in a timeline: `timeline-all-<event-id>` on /timeline/. */
export const timelineEventId = (eventId: string, timelineId: string = FULL_TIMELINE_ID) => `${timelineId}-${eventId}`;
