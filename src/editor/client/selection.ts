/** The words an editor selected in the column, with the paragraph's text around them. */
export interface Passage {
  exact: string;
  before: string;
  after: string;
}

/** The column's paragraphs on a reading page (src/components/ReadingColumn.astro, src/annotation/markup.ts). */
const PARAGRAPH = '.column-text [id^="p-"]';

/** The paragraph of the column a node is in, if any. */
const paragraphOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(PARAGRAPH) ?? null;

/**
 * The passage the page's selection holds, when it lies in the column: the selected words and
 * the text of its paragraphs before and after it, which tell repeated words apart.
 */
export function selectedPassage(): Passage | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) return undefined;
  const before = document.createRange();
  before.selectNodeContents(first);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.selectNodeContents(last);
  after.setStart(range.endContainer, range.endOffset);
  const exact = range.toString();
  if (exact.trim() === '') return undefined;
  return { exact, before: before.toString(), after: after.toString() };
}

/** Calls `keep` with each passage the editor selects in the column (the toolbar's clicks do not clear it). */
export function watchSelection(keep: (passage: Passage) => void): void {
  document.addEventListener('selectionchange', () => {
    const passage = selectedPassage();
    if (passage) keep(passage);
  });
}
