/**
 * The front page and the archive: the front page shows the newest analyses in full (each
 * with its preview card, scorecard and what happened next), and the archive lists every
 * analysis briefly, a page a year, so that no page grows with the whole archive.
 */

/** How many analyses the front page shows in full. */
export const FRONT_PAGE_ANALYSES = 10;

/** What the archive needs of an analysis: its id and the (partial) date the column ran. */
export interface Dated {
  id: string;
  data: { published: string };
}

/** A year of the archive: the columns that ran in it, newest first. */
export interface ArchiveYear<T extends Dated = Dated> {
  year: string;
  articles: T[];
}

/** Newest column first, by the date it ran; columns of the same date in the order of their ids. */
export const newestFirst = <T extends Dated>(articles: Iterable<T>): T[] =>
  [...articles].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));

/** The years the columns ran in, newest first, each with its columns, newest first. */
export function archiveYears<T extends Dated>(articles: Iterable<T>): ArchiveYear<T>[] {
  const years = new Map<string, T[]>();
  for (const article of newestFirst(articles)) {
    const year = article.data.published.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), article]);
  }
  return [...years].map(([year, list]) => ({ year, articles: list }));
}
