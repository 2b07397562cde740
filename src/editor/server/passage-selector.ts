import { findPassages } from '../../annotation/find-passages.ts';
import { fold, PARAGRAPH_BREAK } from '../../annotation/fold.ts';
import type { TextQuoteSelector } from '../../schemas/selector.ts';

/** How much of the page's text around a selection is compared with the column's. */
const CONTEXT = 200;

/** Whitespace of any kind as one space: the page and the column space words alike. */
const squash = (text: string) => fold(text).replace(/[\s\u2029]+/g, ' ');

/** How many characters two strings share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const at = (s: string, i: number) => (fromEnd ? s[s.length - 1 - i] : s[i]);
  while (n < a.length && n < b.length && at(a, n) === at(b, n)) n++;
  return n;
}

/** How often a selector anchors in the column, as the build counts it (src/annotation/find-passages.ts). */
export const anchorCount = (text: string, selector: TextQuoteSelector) =>
  findPassages(text, [selector], []).selectors[0]!.length;

/**
 * The selector for the words an editor selected: `exact` alone when the words occur once in the
 * column; otherwise with as many of the words before (`prefix`) and after (`suffix`) the
 * selected occurrence as make it occur exactly once. The selected occurrence is the one whose
 * surroundings in the column best match the page's text around the selection (`before`, `after`).
 */
export function selectorFor(
  text: string,
  selected: string,
  before: string,
  after: string,
): { selector: TextQuoteSelector } | { problem: string } {
  const words = selected.trim();
  if (words === '') return { problem: 'select the words of the column the note is about' };
  if (/\n\s*\n|\u2029/.test(words)) return { problem: 'a passage lies within one paragraph; select fewer words' };
  const folded = fold(text);
  const wanted = fold(words).replace(/\s+/g, ' ');
  const starts: number[] = [];
  for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) starts.push(at);
  if (starts.length === 0)
    return { problem: `“${words}” is not in the column as written; select the words on the page` };
  const score = (start: number) =>
    shared(squash(text.slice(Math.max(0, start - CONTEXT), start)), squash(before), true) +
    shared(squash(text.slice(start + wanted.length, start + wanted.length + CONTEXT)), squash(after), false);
  const start = starts.reduce((best, at) => (score(at) > score(best) ? at : best));
  const end = start + wanted.length;
  const exact = text.slice(start, end);
  if (anchorCount(text, { exact }) === 1) return { selector: { exact } };

  // The words before and after the occurrence, within its paragraph, one word at a time.
  const from = text.lastIndexOf(PARAGRAPH_BREAK, start - 1) + 1;
  const paragraphEnd = text.indexOf(PARAGRAPH_BREAK, end);
  const to = paragraphEnd === -1 ? text.length : paragraphEnd;
  const wordStarts = [...text.slice(from, start).matchAll(/\S+\s*$|\S+\s+/g)].map((m) => from + m.index);
  const wordEnds = [...text.slice(end, to).matchAll(/\s*\S+/g)].map((m) => end + m.index + m[0].length);
  const prefix = (k: number) =>
    k === 0 || wordStarts.length === 0 ? undefined : text.slice(wordStarts[Math.max(0, wordStarts.length - k)], start);
  const suffix = (k: number) =>
    k === 0 || wordEnds.length === 0 ? undefined : text.slice(end, wordEnds[Math.min(wordEnds.length, k) - 1]);
  // Fewest words first: the prefix alone, then the suffix alone, then both.
  for (let k = 1; k <= Math.max(wordStarts.length, wordEnds.length); k++) {
    for (const [p, s] of [
      [k, 0],
      [0, k],
      [k, k],
    ] as const) {
      const selector: TextQuoteSelector = { exact };
      const before = prefix(p);
      const after = suffix(s);
      if (before) selector.prefix = before;
      if (after) selector.suffix = after;
      if ((before || after) && anchorCount(text, selector) === 1) return { selector };
    }
  }
  return {
    problem: `“${words}” occurs ${starts.length} times, and its whole paragraph more than once; select longer words`,
  };
}
