/**
 * The ids and class names the annotation plugins write into the column, in one
 * place, so page components and scripts that read the markup use the same names.
 */

/** Class of `<mark>` around an annotated passage (with `data-notes` listing its notes). */
export const PASSAGE_CLASS = 'passage';

/** Class of `<a>` linking a mention to its issue or person section. */
export const MENTION_CLASS = 'mention';

/** What every paragraph id starts with. */
export const PARAGRAPH_ID_PREFIX = 'p-';

/** What every passage id starts with. */
export const ANCHOR_ID_PREFIX = 'a-';

/** Id of the n-th paragraph (from 1). */
export const paragraphId = (n: number) => `${PARAGRAPH_ID_PREFIX}${n}`;

/** Id of the n-th passage (from 1, in document order) of a note. */
export const anchorId = (note: string, n: number) => `${ANCHOR_ID_PREFIX}${note}-${n}`;
