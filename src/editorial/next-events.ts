import type { Article, TimelineEvent } from './site-data.ts';
import { byDate } from './timeline.ts';

/**
 * Whether an event came after a column published on `published`. Both are partial
 * dates, compared at the column's precision: a column known only as `2023-06` is
 * followed by July 2023, not by June 20.
 */
export const isAfterColumn = (event: TimelineEvent, published: string) =>
  event.data.date.slice(0, published.length) > published;

/**
 * "What happened next" for one column: the events of content/events.yaml on any
 * of its issues, dated after it ran, newest first, at most `limit`.
 */
export function whatHappenedNext(article: Article, events: Iterable<TimelineEvent>, limit = 4): TimelineEvent[] {
  const issues = new Set(article.data.issues);
  return [...events]
    .filter((event) => isAfterColumn(event, article.data.published) && event.data.issues.some((id) => issues.has(id)))
    .toSorted((a, b) => byDate(b, a))
    .slice(0, limit);
}
