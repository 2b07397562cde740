// Shared by the browser bundles of anchor-clients.test.ts: what a target is, and
// whether a range a client found is exactly the target's passage in the column.

export interface Quote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface Position {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
/** One target to anchor: the passage element it must land on, and its selectors. */
export interface Case {
  passageId: string;
  quote: Quote;
  position?: Position;
}
/** Per way of anchoring, whether the target landed exactly on its passage. */
export type Outcome = Record<string, boolean>;

/** The offset in `document.body`'s text of a boundary point. */
export function offsetOf(node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * Whether `range` covers exactly the passage's words, from where its mark starts,
 * inside its column paragraph. Compared as offsets in the body's text: a range that
 * starts at the end of the previous text node selects the same words as one that
 * starts inside the mark, and a reader sees the same highlight.
 */
export function onPassage(range: Range | null | undefined, c: Case): boolean {
  const mark = document.getElementById(c.passageId);
  const paragraph = mark?.closest('p[id^="p-"], li[id^="p-"]');
  if (!range || !mark || !paragraph) return false;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return (
    range.toString() === c.quote.exact &&
    start === offsetOf(mark, 0) &&
    start >= offsetOf(paragraph, 0) &&
    end <= offsetOf(paragraph, paragraph.childNodes.length)
  );
}

export async function all(matches: AsyncIterable<Range>): Promise<Range[]> {
  const found: Range[] = [];
  for await (const range of matches) found.push(range.cloneRange());
  return found;
}

/** The match whose start lies nearest `hint` (the first one without a hint). */
export function nearest(ranges: Range[], hint: number | undefined): Range | undefined {
  if (hint === undefined) return ranges[0];
  const distance = (r: Range) => Math.abs(offsetOf(r.startContainer, r.startOffset) - hint);
  return [...ranges].sort((a, b) => distance(a) - distance(b))[0];
}
