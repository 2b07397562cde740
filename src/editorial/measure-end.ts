/**
 * What a reader should be told about a measure with an end date (an event's `ends`):
 * still running, ended with a recorded sequel (`followedBy`), or ended with no stored
 * report of what followed.
 */
import type { TimelineEvent } from './site-data.ts';

export type MeasureEnd =
  | { state: 'running'; ends: string }
  | { state: 'followed'; ends: string; next: TimelineEvent }
  | { state: 'unknown'; ends: string; asOf: string };

/**
 * The day of the build, `YYYY-MM-DD` (UTC), the date pages state "as of". `FLOORBOARDS_BUILD_DAY`
 * sets it, so a build can be made as of another day (the incremental-build test does).
 */
export function buildDay(): string {
  const set = process.env.FLOORBOARDS_BUILD_DAY;
  if (set === undefined || set === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(set)) throw new Error(`FLOORBOARDS_BUILD_DAY: expected YYYY-MM-DD, found "${set}"`);
  return set;
}

/** The last day a partial date can mean: `2026-11` → `2026-11-30`. */
function lastDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (day !== undefined) return iso;
  if (month === undefined) return `${year}-12-31`;
  return new Date(Date.UTC(year!, month, 0)).toISOString().slice(0, 10);
}

/** `undefined` for an event that is not a measure with an end date. */
export function measureEnd(
  event: TimelineEvent,
  events: ReadonlyMap<string, TimelineEvent>,
  today: string,
): MeasureEnd | undefined {
  const { ends, followedBy } = event.data;
  if (ends === undefined) return undefined;
  const next = followedBy === undefined ? undefined : events.get(followedBy);
  if (next) return { state: 'followed', ends, next };
  if (lastDay(ends) >= today) return { state: 'running', ends };
  return { state: 'unknown', ends, asOf: today };
}
