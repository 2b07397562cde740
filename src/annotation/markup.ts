/**
 * The ids and class names the annotation plugins write into the column, in one
 * place, so page components and scripts that read the markup use the same names.
 */

/** Class of `<mark>` around an annotated passage (with `data-notes` listing its notes). */
export const PASSAGE_CLASS = 'passage';

/** Class of `<a>` linking a mention to its issue or person section. */
export const MENTION_CLASS = 'mention';

/** Id of the n-th paragraph (from 1). */
export const paragraphId = (n: number) => `p-${n}`;

/** Id of the n-th passage (from 1, in document order) of a note. */
export const anchorId = (note: string, n: number) => `a-${note}-${n}`;
