/**
 * Every correction on the site, gathered from the frontmatter of notes, issues and
 * people and from events.yaml, each with the place a reader finds the corrected text.
 * The /corrections/ page, the RSS feed and the front page read them from here.
 */
import type { Correction, CorrectionKind } from '../schemas/correction.ts';
import { noteCardId, noteName } from '../lib/constants.ts';
import { ContentError } from '../lib/content-error.ts';
import { formatDate } from '../lib/dates.ts';
import { sectionAnchorPath, timelinePath } from '../sharing/paths.ts';
import { siteData, type SiteData } from './site-data.ts';
import { timelineEventId } from './timeline.ts';

/** What a correction was made to. */
export type CorrectedKind = 'fact-check' | 'note' | 'issue' | 'person' | 'event';

/** One correction with where it belongs. */
export interface SiteCorrection extends Correction {
  /** What kind of thing was changed (a note, a briefing, …); `kind` is the kind of change. */
  corrected: CorrectedKind;
  /** The file it is written in, relative to the repository. */
  file: string;
  /** What was corrected, in a few words a reader recognises (a note's summary, a person's name). */
  subject: string;
  /** Where the corrected text is, as a site path with its `#fragment`. */
  href: string;
  /** Its place among the corrections of the thing it corrects (0 for the first written). */
  index: number;
  /** A key no other correction has, which never changes: `<file>#<n>`, or `<file>#<event-id>/<n>` for an event. */
  key: string;
}

/**
 * The order of corrections made on the same day: one that reverses a fact-check's verdict
 * is the most a reader could have relied on, so it leads; then other notes, issue
 * briefings, person cards and events.
 */
const KIND_ORDER: readonly CorrectedKind[] = ['fact-check', 'note', 'issue', 'person', 'event'];

/** Newest first; on one day by KIND_ORDER, then by file and place in it, so the order never shifts. */
export const byNewest = (a: SiteCorrection, b: SiteCorrection) =>
  b.date.localeCompare(a.date) ||
  KIND_ORDER.indexOf(a.corrected) - KIND_ORDER.indexOf(b.corrected) ||
  a.key.localeCompare(b.key, 'en', { numeric: true });

const fileOf = (entry: { filePath?: string; id: string }, folder: string) => entry.filePath ?? `${folder}/${entry.id}`;

/** A correction's date must be a whole day; the schema checks it, this keeps a hand-made entry honest too. */
function requireDay(file: string, correction: Correction, i: number) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(correction.date ?? '')) {
    throw new ContentError(file, `corrections[${i}] has no date (write date: YYYY-MM-DD)`);
  }
}

/**
 * Every correction in `site`, newest first. Throws a ContentError naming the file when a
 * correction is undated or corrects something no page shows (an issue or person that no
 * article lists; a note always sits on its article's page and an event on the timeline).
 */
export function collectCorrections(site: SiteData): SiteCorrection[] {
  const found: SiteCorrection[] = [];
  const add = (
    file: string,
    list: readonly Correction[],
    corrected: CorrectedKind,
    subject: string,
    href: () => string | undefined,
    keyPrefix = `${file}#`,
  ) => {
    list.forEach((correction, index) => {
      requireDay(file, correction, index);
      const place = href();
      if (!place) {
        throw new ContentError(file, `corrections[${index}] points nowhere: no page shows this ${corrected}`);
      }
      found.push({ ...correction, corrected, file, subject, href: place, index, key: `${keyPrefix}${index}` });
    });
  };
  // An issue or person is shown in each article that lists it; the first such article is its home.
  const homeOf = (id: string, field: 'issues' | 'people') =>
    site.articles.find((article) => article.data[field].includes(id));

  for (const [articleId, notes] of site.notes) {
    for (const note of notes) {
      const kind = note.data.type === 'fact-check' ? 'fact-check' : 'note';
      add(fileOf(note, 'content/notes'), note.data.corrections, kind, note.data.summary, () =>
        site.articles.some((a) => a.id === articleId)
          ? sectionAnchorPath(articleId, noteCardId(noteName(note.id)))
          : undefined,
      );
    }
  }
  for (const issue of site.issues.values()) {
    add(fileOf(issue, 'content/issues'), issue.data.corrections, 'issue', issue.data.name, () => {
      const home = homeOf(issue.id, 'issues');
      return home && sectionAnchorPath(home.id, issue.id);
    });
  }
  for (const person of site.people.values()) {
    add(fileOf(person, 'content/people'), person.data.corrections, 'person', person.data.name, () => {
      const home = homeOf(person.id, 'people');
      return home && sectionAnchorPath(home.id, person.id);
    });
  }
  // The full timeline shows every event, so an event's corrections always have a home there.
  for (const event of site.events.values()) {
    add(
      'content/events.yaml',
      event.data.corrections,
      'event',
      event.data.title,
      () => `${timelinePath()}#${timelineEventId(event.id)}`,
      `content/events.yaml#${event.id}/`,
    );
  }
  return found.toSorted(byNewest);
}

let cached: Promise<SiteCorrection[]> | undefined;

/** Every correction on the site, newest first (loaded once per build). */
export function siteCorrections(): Promise<SiteCorrection[]> {
  cached ??= siteData().then(collectCorrections);
  return cached;
}

/** Text as one sentence: a full stop added unless it already ends like one. */
export const asSentence = (text: string) => (/[.!?…”’"]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The word a dated notice opens with, for each kind of change, as newsrooms write it. */
export const CHANGE_VERB: Record<CorrectionKind, string> = {
  correction: 'Corrected',
  clarification: 'Clarified',
  update: 'Updated',
};

/** The name of each kind of change, for lists and feed titles. */
export const CHANGE_NAME: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};

/** A correction in words, as pages show it: "Corrected November 30, 2026: an earlier version said …. …" */
export const correctionText = (correction: Correction) =>
  `${CHANGE_VERB[correction.kind]} ${formatDate(correction.date)}: an earlier version said ${asSentence(correction.wrong)} ${asSentence(correction.right)}`;
