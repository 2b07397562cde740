// What is due for re-checking (`npm run review`): briefings and person titles not checked
// for a while, scheduled events whose day has passed, and sources that are reposts of an
// original whose own site is in content/publishers.yaml.
import type { Content, ContentFile } from './lint/load.ts';
import { list, record, sourcesIn, text } from './lint/values.ts';

/** One thing due for review, and what to do about it. */
export interface DueItem {
  /** Which list it belongs to. */
  kind: 'reviewed' | 'role' | 'scheduled' | 'repost';
  file: string;
  /** Text on the line the item is about (the line of `id: <event>`, `reviewed:`, …), to find its line. */
  at: string;
  what: string;
}

/** How old a review or a dated title may grow before it is due again. */
export const REVIEW_DAYS = 90;

const DAY = 86_400_000;

/** The last day a partial date covers (`2023-06` → 2023-06-30), as a time: a period has passed only once all of it has. */
function lastDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  if (day) return Date.UTC(year!, month! - 1, day);
  if (month) return Date.UTC(year!, month!, 0);
  return Date.UTC(year!, 11, 31);
}

const daysBetween = (iso: string, today: string) => Math.floor((lastDay(today) - lastDay(iso)) / DAY);

/** A name as labels write it, for comparing: curly apostrophes straight, "The" dropped, lower case. */
const nameKey = (name: string) =>
  name
    .replace(/[‘’]/g, "'")
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();

/** Everything due on `today` (YYYY-MM-DD). */
export function dueForReview(content: Content, publishers: ContentFile, today: string, days = REVIEW_DAYS): DueItem[] {
  const due: DueItem[] = [];
  for (const issue of content.issues) {
    const reviewed = text(record(issue.data).reviewed);
    const age = reviewed ? daysBetween(reviewed, today) : Infinity;
    if (age > days)
      due.push({
        kind: 'reviewed',
        file: issue.file,
        at: 'reviewed:',
        what: reviewed
          ? `last reviewed ${reviewed}, ${age} days ago: check the summary, stances and briefing against their sources, then set reviewed to the day you did`
          : 'no reviewed date',
      });
  }
  for (const person of content.people) {
    const data = record(person.data);
    const asOf = text(data.roleAsOf);
    const age = asOf ? daysBetween(asOf, today) : Infinity;
    if (age > days)
      due.push({
        kind: 'role',
        file: person.file,
        at: 'roleAsOf:',
        what: `role “${text(data.role)}” as of ${asOf || 'no date'} (${age} days ago): pages show it dated; re-check it if the page should say more`,
      });
  }
  for (const event of list(content.events.data).map(record)) {
    const date = text(event.date);
    if (event.scheduled === true && date && daysBetween(date, today) > 0)
      due.push({
        kind: 'scheduled',
        file: content.events.file,
        at: `id: ${text(event.id)}`,
        what: `“${text(event.title)}” was scheduled for ${date}, which has passed: record what happened (and drop scheduled: true), or move its date`,
      });
  }
  const originals = new Map<string, string>();
  for (const entry of list(publishers.data).map(record))
    for (const name of list(entry.names)) originals.set(nameKey(String(name)), text(entry.host));
  const sourced = [
    ...content.notes,
    ...content.issues,
    ...content.people,
    ...content.readings,
    content.events,
    content.quotations,
  ];
  for (const file of sourced) {
    for (const { path, source } of sourcesIn(file.data, '')) {
      const label = text(source.publisher);
      const original = /,\s*reposting\s+(.+)$/i.exec(label)?.[1];
      const host = original === undefined ? undefined : originals.get(nameKey(original));
      if (host === undefined) continue;
      due.push({
        kind: 'repost',
        file: file.file,
        at: text(source.url),
        what: `${path} is “${label}”: ${original}’s own site (${host}) is in publishers.yaml; cite the original where it can be reached`,
      });
    }
  }
  return due;
}
