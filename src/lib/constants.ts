/**
 * Ids and names shared by the reading page's markup, its styles, its script and
 * its tests. One place, so a renamed id cannot leave a dangling link behind.
 */

import { ANCHOR_ID_PREFIX, PARAGRAPH_ID_PREFIX } from '../annotation/markup.ts';

/** The URL search parameter that holds the issue lens (`?lens=taiwan`). */
export const LENS_PARAM = 'lens';

/** What every issue icon's element id starts with. */
const ICON_ID_PREFIX = 'icon-';

/** What every note card's element id starts with. */
export const NOTE_ID_PREFIX = 'note-';

/** Element id of a note's card on the reading page. */
export const noteCardId = (noteName: string) => `${NOTE_ID_PREFIX}${noteName}`;

/** The note's file name without `.md`: `blinken-beijing-2023/gil-misspelling` → `gil-misspelling`. */
export const noteName = (entryId: string) => entryId.slice(entryId.indexOf('/') + 1);

/**
 * What the sanitizer puts before every id and name an author writes in a body
 * (`<a id="chip-controls">` becomes `id="user-content-chip-controls"`), as GitHub does
 * (src/markdown/options.ts). The page never starts an id of its own with it, so an
 * authored id can never take a note's, a paragraph's or a section's.
 */
export const AUTHORED_ID_PREFIX = 'user-content-';

/**
 * Prefixes of the ids on the reading page that no section may take: the ids it
 * generates (paragraphs, passages, notes, icons) and those the sanitizer gives
 * authored ids in bodies.
 */
export const pageIdPrefixes = [
  PARAGRAPH_ID_PREFIX,
  ANCHOR_ID_PREFIX,
  NOTE_ID_PREFIX,
  ICON_ID_PREFIX,
  AUTHORED_ID_PREFIX,
] as const;

/** Ids of the landmarks and headings around the column. */
export const ids = {
  title: 'article-title',
  /** The line on where the column's text comes from, which notes on the text as received link to. */
  provenance: 'provenance',
  asks: 'asks-heading',
  contents: 'contents-heading',
  lens: 'lens-heading',
  lensStatus: 'lens-status',
  issues: 'issues-heading',
  people: 'people-heading',
} as const;

/** The heading over the asks when the article names none. */
export const DEFAULT_ASKS_HEADING = 'What was asked for, and what came of it';

/** The words before an issue's outcome badge when the article names none. */
export const DEFAULT_OUTCOMES_LABEL = 'At the talks';

/** Element id of an issue's icon drawing, which the page draws once and reuses. */
export const iconId = (issueId: string) => `${ICON_ID_PREFIX}${issueId}`;

/** Id of the page's main landmark, which the skip link targets (src/layouts/Base.astro). */
export const MAIN_ID = 'main';

/** Id of the element that explains a paragraph role once on the reading page (ParagraphRoleKey.astro). */
export const roleKeyId = (role: string) => `role-${role}`;

/** Ids of the parts of an issue's or a person's section: its name and its lists. */
export const sectionParts = ['name', 'reading', 'dates', 'next', 'in-column', 'sources', 'quotes'] as const;
export type SectionPart = (typeof sectionParts)[number];

/** Element id of one part of a section: `taiwan-sources` is the Taiwan section's "Sources" heading. */
export const sectionPartId = (sectionId: string, part: SectionPart) => `${sectionId}-${part}`;

/** Ids of the share page's own headings and regions (src/pages/[article]/[section]/index.astro). */
export const shareIds = ['share-title', 'stances', 'latest', 'notes', 'passages', 'related'] as const;

/** Ids of the reading page's element outside any section, which no section may take. */
export const fixedPageIds = (roles: readonly string[]): ReadonlyMap<string, string> =>
  new Map<string, string>([
    [MAIN_ID, 'the skip link’s target'],
    ...Object.values(ids).map((id): [string, string] => [id, 'a heading or landmark of the reading page']),
    [`${ids.contents}-issues`, 'a heading of the reading page'],
    [`${ids.contents}-people`, 'a heading of the reading page'],
    ...roles.map((role): [string, string] => [roleKeyId(role), 'the reading page’s key to a paragraph role']),
    ...shareIds.map((id): [string, string] => [id, 'a heading or region of the share page']),
  ]);
