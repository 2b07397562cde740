import type { Correction } from '../schemas/correction.ts';
import { noteCardId, noteName } from './constants.ts';
import { sectionAnchorPath, timelinePath } from './share/paths.ts';
import type { SiteData } from './site-data.ts';

/** One dated correction on the site, with what it corrects and where a reader finds it. */
export interface SiteCorrection extends Correction {
  /** What was corrected, in the reader's words: "Note on …", "Taiwan", "Event of June 18, 2023". */
  what: string;
  /** Where the corrected text is on the site; `undefined` when no page shows it. */
  href: string | undefined;
}

/**
 * Every dated correction in content/ (on notes, issues, people and events), newest
 * first, at most `limit`. Issues and people link to their section in the first
 * article that discusses them; events to their place on the full timeline (the
 * Timeline component's default id, `timeline-all`).
 */
export function newestCorrections(
  data: Pick<SiteData, 'articles' | 'issues' | 'people' | 'notes' | 'events'>,
  limit = 5,
): SiteCorrection[] {
  const found: SiteCorrection[] = [];
  const add = (corrections: readonly Correction[], what: string, href: string | undefined) => {
    for (const correction of corrections) found.push({ ...correction, what, href });
  };
  const firstArticle = (list: 'issues' | 'people', id: string) => data.articles.find((a) => a.data[list].includes(id));
  for (const [articleId, notes] of data.notes) {
    for (const note of notes) {
      add(note.data.corrections, `Note: ${note.data.summary}`, `/${articleId}/#${noteCardId(noteName(note.id))}`);
    }
  }
  for (const [list, map] of [
    ['issues', data.issues],
    ['people', data.people],
  ] as const) {
    for (const [id, entry] of map) {
      const article = firstArticle(list, id);
      add(entry.data.corrections, entry.data.name, article && sectionAnchorPath(article.id, id));
    }
  }
  for (const [id, event] of data.events) {
    add(event.data.corrections, `Event: ${event.data.title}`, `${timelinePath()}#timeline-all-${id}`);
  }
  return found.toSorted((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}
