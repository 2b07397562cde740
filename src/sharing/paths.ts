/**
 * Every URL the sharing features hand out, in one place. Paths are site-relative;
 * `absolute` turns them into URLs on the one configured `site` (astro.config.mjs).
 */

/** The annotated article. */
export const articlePath = (articleId: string) => `/${articleId}/`;

/** A section's place inside the article (`/<article>/#taiwan`). */
export const sectionAnchorPath = (articleId: string, sectionId: string) => `/${articleId}/#${sectionId}`;

/** A section's share page (`/<article>/taiwan/`): a URL social sites can preview, unlike a `#fragment`. */
export const sharePath = (articleId: string, sectionId: string) => `/${articleId}/${sectionId}/`;

/**
 * A note's own page (`/<article>/notes/<note>/`), for the notes a reader passes around on
 * their own: fact-checks and corrections of the reprint (src/sharing/note-pages.ts).
 */
export const notePagePath = (articleId: string, noteName: string) => `/${articleId}/notes/${noteName}/`;

/** Site search, and without JavaScript the list of everything it finds (src/pages/search/). */
export const SEARCH_PATH = '/search/';

/** A paragraph of the column inside the article. */
export const paragraphPath = (articleId: string, paragraphId: string) => `/${articleId}/#${paragraphId}`;

/** The timeline of every event, or of one issue's (`/timeline/taiwan/`). */
export const timelinePath = (issueId?: string) => (issueId ? `/timeline/${issueId}/` : '/timeline/');

/** The archive: every analysis, a page a year (`/archive/2023/`), or the list of years (`/archive/`). */
export const archivePath = (year?: string) => (year ? `/archive/${year}/` : '/archive/');

/** The preview card of the article, or of one of its sections. */
export const cardPath = (articleId: string, sectionId?: string) =>
  sectionId ? `/og/${articleId}/${sectionId}.png` : `/og/${articleId}.png`;

/** Where a note's card is, under `/og/` and without `.png` (the card plan's path). */
export const noteCardKey = (articleId: string, noteName: string) => `${articleId}/notes/${noteName}`;

/** The preview card of a note's own page. */
export const noteCardPath = (articleId: string, noteName: string) => `/og/${noteCardKey(articleId, noteName)}.png`;

/** The preview card of pages that are about the whole site (home, 404). */
export const SITE_CARD_PATH = '/og/site.png';

/** A path as an absolute URL on the configured site. */
export const absolute = (path: string) => new URL(path, import.meta.env.SITE).href;

/**
 * A text fragment (`#:~:text=`) for words of the column, so that browsers
 * highlight them; long passages are given by their first and last words.
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
export function textFragment(words: string): string {
  // `-`, `,` and `&` are syntax inside a text directive and must be escaped.
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  const list = words.trim().split(/\s+/);
  const directive =
    list.length > 10
      ? `${encode(list.slice(0, 4).join(' '))},${encode(list.slice(-4).join(' '))}`
      : encode(list.join(' '));
  return `:~:text=${directive}`;
}

/** The list of every correction on the site. */
export const CORRECTIONS_PATH = '/corrections/';
