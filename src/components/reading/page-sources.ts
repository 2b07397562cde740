import type { Issue, Note, Person, TimelineEvent } from '../../editorial/site-data.ts';
import { figures } from '../../figures/data.ts';
import { figureSources } from '../../figures/tables.ts';
import { byDate } from '../../editorial/timeline.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { NoteGroup } from './note-groups.ts';
import type { PlacedNote } from './place-notes.ts';
import { numberSources } from './source-numbers.ts';

const corrected = (corrections: readonly Correction[]) => corrections.flatMap((c) => c.sources.map((s) => s.url));

const noteUrls = ({ data }: Note) => [
  ...(data.verdict?.evidence ?? []),
  ...corrected(data.corrections),
  ...data.sources.map((s) => s.url),
];

/**
 * Every source URL the reading page links, numbered in the order the printed page
 * cites them: the endnotes group by group, then each issue (its corrections, its
 * figure, its dated events, then what print leaves out: its officials' words and its
 * own list), then each person. A URL the page links and this misses would print with
 * no number and be missing from the list, which the print test catches.
 */
export async function pageSourceNumbers(page: {
  notes: readonly PlacedNote[];
  groups: ReadonlyMap<string, NoteGroup>;
  issues: readonly Issue[];
  people: readonly Person[];
  events: readonly TimelineEvent[];
}): Promise<ReadonlyMap<string, number>> {
  const drawn = await figures();
  const groupOf = (p: PlacedNote) => page.groups.get(p.name)?.g ?? Number.MAX_SAFE_INTEGER;
  const notes = page.notes.toSorted((a, b) => groupOf(a) - groupOf(b) || a.n - b.n);
  return numberSources([
    ...notes.flatMap(({ note }) => noteUrls(note)),
    ...page.issues.flatMap(({ id, data }) => {
      const figure = drawn.get(id);
      return [
        ...corrected(data.corrections),
        ...(figure ? figureSources(figure.data).map((s) => s.url) : []),
        ...page.events
          .filter((event) => event.data.issues.includes(id))
          .toSorted(byDate)
          .flatMap((event) => [
            ...event.data.sources.slice(0, 1).map((s) => s.url),
            ...corrected(event.data.corrections),
          ]),
        ...data.stances.flatMap((stance) => stance.words.map((words) => words.source.url)),
        ...data.sources.map((s) => s.url),
      ];
    }),
    ...page.people.flatMap(({ data }) => [...corrected(data.corrections), ...data.sources.map((s) => s.url)]),
  ]);
}

/**
 * A share page's sources, numbered in the order the page prints them: its figure, the
 * officials' words under each stance (newest first, as printed), its newest events, the
 * section's corrections, then its notes. The section's own list of sources is not on the page.
 */
export async function shareSourceNumbers(page: {
  issue: Issue | undefined;
  person: Person | undefined;
  events: readonly TimelineEvent[];
  notes: readonly Note[];
}): Promise<ReadonlyMap<string, number>> {
  const figure = page.issue && (await figures()).get(page.issue.id);
  const section = page.issue ?? page.person;
  return numberSources([
    ...(figure ? figureSources(figure.data).map((s) => s.url) : []),
    ...(page.issue?.data.stances.flatMap((stance) =>
      stance.words.toSorted((a, b) => b.date.localeCompare(a.date)).map((words) => words.source.url),
    ) ?? []),
    ...page.events.flatMap((event) => [
      ...event.data.sources.slice(0, 1).map((s) => s.url),
      ...corrected(event.data.corrections),
    ]),
    ...corrected(section?.data.corrections ?? []),
    ...page.notes.flatMap(noteUrls),
  ]);
}
