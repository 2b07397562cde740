/**
 * What site search finds: one record per column, issue and person section, note, event and
 * correction, each with the place a reader lands on and what it is (note type, issue, date).
 * The build indexes these with Pagefind (src/search/integration.ts) instead of whole pages,
 * so a result is the note or section itself, never a page's navigation, footer or the
 * data table a figure repeats.
 */
import { noteTypeLabels } from '../components/reading/note-types.ts';
import { correctionText, siteCorrections } from '../editorial/corrections.ts';
import { siteData, readingKey, type Article } from '../editorial/site-data.ts';
import { timelineEventId } from '../editorial/timeline.ts';
import { noteCardId, noteName } from '../lib/constants.ts';
import { formatDate } from '../lib/dates.ts';
import { hasOwnPage } from '../sharing/note-pages.ts';
import { articlePath, notePagePath, sectionAnchorPath, timelinePath } from '../sharing/paths.ts';

/** One thing search can find. `meta` is shown with the result; `content` is what is searched. */
export interface SearchRecord {
  /** Where the result leads: a page, or a place on it (`/<article>/#note-…`). */
  url: string;
  /** Searched, never shown whole: the result shows Pagefind's excerpt of it. */
  content: string;
  meta: {
    /** The result's link text. */
    title: string;
    /** What it is, in words: "Column", "Issue", "Fact-check", "Event", "Correction". */
    kind: string;
    /** Where it belongs: the column, or the issue and the column. */
    context?: string;
    /** When, as pages write it. */
    date?: string;
    /** A note's own page, where it has one. */
    page?: string;
  };
}

/** The text of rendered HTML, for searching: tags dropped, entities left to Pagefind's tokenizer. */
const textOf = (html: string | undefined) =>
  (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');

/** Every record of the site: each column's, then the events and the corrections. */
export async function searchRecords(): Promise<SearchRecord[]> {
  const site = await siteData();
  const records = site.articles.flatMap((article) => articleRecords(article, site));
  for (const event of site.events.values()) {
    const issues = event.data.issues.map((id) => site.issues.get(id)?.data.name).filter(Boolean);
    records.push({
      url: `${timelinePath()}#${timelineEventId(event.id)}`,
      content: join(event.data.title, ...issues),
      meta: {
        title: event.data.title,
        kind: 'Event',
        date: formatDate(event.data.date),
        ...(issues.length > 0 ? { context: issues.join(', ') } : {}),
      },
    });
  }
  for (const correction of await siteCorrections()) {
    records.push({
      url: correction.href,
      content: join(correction.subject, correctionText(correction)),
      meta: { title: correction.subject, kind: 'Correction', date: formatDate(correction.date) },
    });
  }
  return records;
}

function articleRecords(article: Article, site: Awaited<ReturnType<typeof siteData>>): SearchRecord[] {
  const column = article.data.title;
  const records: SearchRecord[] = [
    {
      url: articlePath(article.id),
      content: join(column, article.data.dek, article.body?.replace(/[*_#>[\]()]/g, ' ')),
      meta: { title: column, kind: 'Column', context: article.data.publication, date: article.data.publishedLabel },
    },
  ];
  for (const id of article.data.issues) {
    const issue = site.issues.get(id);
    if (!issue) continue;
    const reading = site.readings.get(readingKey(article.id, id));
    records.push({
      url: sectionAnchorPath(article.id, id),
      content: join(
        issue.data.name,
        issue.data.summary,
        ...issue.data.terms,
        textOf(issue.rendered?.html),
        textOf(reading?.rendered?.html),
      ),
      meta: { title: issue.data.name, kind: 'Issue', context: column },
    });
  }
  for (const id of article.data.people) {
    const person = site.people.get(id);
    if (!person) continue;
    const { name, aliases, role, affiliation, kind } = person.data;
    records.push({
      url: sectionAnchorPath(article.id, id),
      content: join(name, ...aliases, role, affiliation, textOf(person.rendered?.html)),
      meta: {
        title: name,
        kind: kind === 'expert' ? 'Expert' : 'Official',
        context: `${role}, ${affiliation} · ${column}`,
      },
    });
  }
  const sectionName = (id: string | undefined) =>
    id ? (site.issues.get(id)?.data.name ?? site.people.get(id)?.data.name) : undefined;
  for (const note of site.notes.get(article.id) ?? []) {
    const name = noteName(note.id);
    const { type, summary, verdict, corrections, subject, event } = note.data;
    const date = event ? site.events.get(event)?.data.date : undefined;
    records.push({
      url: sectionAnchorPath(article.id, noteCardId(name)),
      content: join(
        summary,
        verdict && `Verdict: ${verdict.rating}. ${verdict.claim}`,
        textOf(note.rendered?.html),
        ...corrections.map(correctionText),
      ),
      meta: {
        title: summary,
        kind: verdict ? `${noteTypeLabels[type]}: ${verdict.rating}` : noteTypeLabels[type],
        context: [sectionName(subject), column].filter(Boolean).join(' · '),
        ...(date ? { date: formatDate(date) } : {}),
        ...(hasOwnPage(note) ? { page: notePagePath(article.id, name) } : {}),
      },
    });
  }
  return records;
}
