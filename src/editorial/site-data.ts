import { getCollection, type CollectionEntry } from 'astro:content';
import { publicDir, srcDir } from 'astro:config/server';
import { ContentError, throwProblems } from '../lib/content-error.ts';
import { describeOffSiteUrl, offSiteUrls } from '../lib/remote-resources.ts';
import { firstDay, futureDateProblems, latestToday, type HappenedDate } from './future-dates.ts';
import { reservedIdProblems, siteRoutes } from './reserved-ids.ts';

export type Article = CollectionEntry<'articles'>;
export type Issue = CollectionEntry<'issues'>;
export type Person = CollectionEntry<'people'>;
export type Note = CollectionEntry<'notes'>;
export type TimelineEvent = CollectionEntry<'events'>;
export type Party = CollectionEntry<'parties'>;
export type Reading = CollectionEntry<'readings'>;

/** Everything in content/, loaded once and checked for references that point nowhere. */
export interface SiteData {
  articles: Article[];
  issues: Map<string, Issue>;
  people: Map<string, Person>;
  /** Notes by article id, in file order. */
  notes: Map<string, Note[]>;
  events: Map<string, TimelineEvent>;
  /** Parties by id (content/parties.yaml), which issues' stances name. */
  parties: Map<string, Party>;
  /** Each column's reading of an issue, by `<article>/<issue>`. */
  readings: Map<string, Reading>;
}

/** The key of one column's reading of one issue in `SiteData.readings`. */
export const readingKey = (articleId: string, issueId: string) => `${articleId}/${issueId}`;

let loaded: Promise<SiteData> | undefined;

/** The site's content, loaded and cross-checked once per build. */
export function siteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}

const fileOf = (entry: { filePath?: string; id: string }, fallback: string) =>
  entry.filePath ?? `${fallback}/${entry.id}`;

async function load(): Promise<SiteData> {
  const [articles, issueList, personList, noteList, eventList, partyList, readingList] = await Promise.all([
    getCollection('articles'),
    getCollection('issues'),
    getCollection('people'),
    getCollection('notes'),
    getCollection('events'),
    getCollection('parties'),
    getCollection('readings'),
  ]);
  const issues = new Map(issueList.map((issue) => [issue.id, issue]));
  const people = new Map(personList.map((person) => [person.id, person]));
  const events = new Map(eventList.map((event) => [event.id, event]));
  const parties = new Map(partyList.map((party) => [party.id, party]));
  const articleIds = new Set(articles.map((article) => article.id));

  for (const issue of issueList) {
    issue.data.stances.forEach((stance, i) => {
      if (!parties.has(stance.party)) {
        throw new ContentError(
          fileOf(issue, 'content/issues'),
          `stances[${i}].party: unknown party "${stance.party}" (not in content/parties.yaml; it lists: ${[...parties.keys()].join(', ')})`,
        );
      }
    });
  }

  // An article's id is its path, which must not take one of the site's own; issues and
  // people share one namespace on the page: each is a section id, which must not take
  // an id the page gives its own elements or another section's parts.
  const named = (entries: readonly { id: string; filePath?: string }[], folder: string) =>
    entries.map((entry) => ({ id: entry.id, file: fileOf(entry, folder) }));
  throwProblems(
    reservedIdProblems(
      named(articles, 'content/articles'),
      [...named(issueList, 'content/issues'), ...named(personList, 'content/people')],
      siteRoutes(srcDir, publicDir),
    ),
  );
  for (const person of personList) {
    const issue = issues.get(person.id);
    if (issue) {
      throw new ContentError(
        fileOf(person, 'content/people'),
        `section id "${person.id}" is also used by ${fileOf(issue, 'content/issues')}; rename one of the two files`,
      );
    }
  }

  const requireIssue = (file: string, field: string, id: string) => {
    if (!issues.has(id)) throw new ContentError(file, `${field}: unknown issue "${id}" (no content/issues/${id}.md)`);
  };
  const requirePerson = (file: string, field: string, id: string) => {
    if (!people.has(id)) throw new ContentError(file, `${field}: unknown person "${id}" (no content/people/${id}.md)`);
  };

  for (const article of articles) {
    const file = fileOf(article, 'content/articles');
    article.data.issues.forEach((id, i) => requireIssue(file, `issues[${i}]`, id));
    article.data.people.forEach((id, i) => requirePerson(file, `people[${i}]`, id));
    article.data.asks.forEach((ask, i) => ask.issue && requireIssue(file, `asks[${i}].issue`, ask.issue));
    article.data.outcomes.forEach((o, i) => requireIssue(file, `outcomes[${i}].issue`, o.issue));
    if (!article.body?.trim()) throw new ContentError(file, 'the article has no text');
  }

  // Dates that record what happened (a correction, a review, a column's publication) cannot be
  // in the future; an event can, when it says it is scheduled (below).
  const happened: HappenedDate[] = [];
  const corrected = (file: string, list: readonly { date: string }[], prefix = '') =>
    list.forEach((c, i) => happened.push({ file, field: `${prefix}corrections[${i}].date`, date: c.date }));
  for (const article of articles) {
    const file = fileOf(article, 'content/articles');
    happened.push(
      { file, field: 'published', date: article.data.published },
      { file, field: 'annotated', date: article.data.annotated },
    );
  }
  for (const note of noteList) {
    const file = fileOf(note, 'content/notes');
    happened.push({ file, field: 'created', date: note.data.created });
    corrected(file, note.data.corrections);
  }
  for (const issue of issueList) {
    const file = fileOf(issue, 'content/issues');
    happened.push({ file, field: 'reviewed', date: issue.data.reviewed });
    corrected(file, issue.data.corrections);
  }
  for (const person of personList) {
    const file = fileOf(person, 'content/people');
    happened.push({ file, field: 'roleAsOf', date: person.data.roleAsOf });
    corrected(file, person.data.corrections);
  }
  for (const event of eventList)
    corrected(fileOf(event, 'content/events.yaml'), event.data.corrections, `${event.id}.`);
  const today = latestToday();
  throwProblems(futureDateProblems(happened, today));

  for (const event of eventList) {
    const file = fileOf(event, 'content/events.yaml');
    event.data.issues.forEach((id, i) => requireIssue(file, `${event.id}.issues[${i}]`, id));
    if (!event.data.scheduled && firstDay(event.data.date) > today) {
      throw new ContentError(
        file,
        `${event.id}.date: "${event.data.date}" is after the build date (${today}); an event that has not happened yet needs "scheduled: true"`,
      );
    }
    const { ends, followedBy } = event.data;
    if (followedBy !== undefined && !events.has(followedBy)) {
      throw new ContentError(
        file,
        `${event.id}.followedBy: unknown event "${followedBy}" (not in content/events.yaml)`,
      );
    }
    if (followedBy !== undefined && ends === undefined) {
      throw new ContentError(
        file,
        `${event.id}.followedBy: only a measure with an end date (ends: YYYY-MM-DD) has what followed it`,
      );
    }
    if (ends !== undefined && ends < event.data.date) {
      throw new ContentError(file, `${event.id}.ends: "${ends}" is before the event's own date (${event.data.date})`);
    }
  }

  // Nothing on the site loads from another origin; a body's image would also reach the W3C
  // export. URLs are judged as a browser reads them (src/lib/remote-resources.ts).
  throwProblems(
    (
      [
        [noteList, 'content/notes'],
        [readingList, 'content/readings'],
        [issueList, 'content/issues'],
        [personList, 'content/people'],
      ] as const
    ).flatMap(([entries, folder]) =>
      (entries as readonly (Note | Reading | Issue | Person)[]).flatMap((entry) =>
        offSiteUrls(entry.rendered?.html ?? '').map((url) => ({
          file: fileOf(entry, folder),
          problem: describeOffSiteUrl(url),
        })),
      ),
    ),
  );

  const notes = new Map<string, Note[]>();
  for (const note of noteList) {
    const file = fileOf(note, 'content/notes');
    const [articleId] = note.id.split('/');
    if (!articleId || !articleIds.has(articleId)) {
      throw new ContentError(file, `the folder "${articleId}" names no article in content/articles/`);
    }
    if (note.data.subject !== undefined && !issues.has(note.data.subject) && !people.has(note.data.subject)) {
      throw new ContentError(file, `subject: unknown issue or person "${note.data.subject}"`);
    }
    if (note.data.event && !events.has(note.data.event)) {
      throw new ContentError(file, `event: unknown event "${note.data.event}" (not in content/events.yaml)`);
    }
    notes.set(articleId, [...(notes.get(articleId) ?? []), note]);
  }

  const readings = new Map<string, Reading>();
  for (const reading of readingList) {
    const file = fileOf(reading, 'content/readings');
    const [articleId, issueId] = reading.id.split('/');
    const article = articles.find((candidate) => candidate.id === articleId);
    if (!article) throw new ContentError(file, `the folder "${articleId}" names no article in content/articles/`);
    if (!issueId || !article.data.issues.includes(issueId)) {
      throw new ContentError(
        file,
        `"${issueId}" is not an issue of ${fileOf(article, 'content/articles')} (it lists: ${article.data.issues.join(', ')}); name the file after one of them`,
      );
    }
    readings.set(readingKey(articleId!, issueId), reading);
  }

  return { articles, issues, people, notes, events, parties, readings };
}
