import type { TextQuoteSelector } from '../schemas/selector.ts';
import { buildAutomaton, findAll } from './aho-corasick.ts';
import { fold, foldLower, isWordChar, lowerFolded, PARAGRAPH_BREAK } from './fold.ts';

/** A word or phrase that mentions a section. */
export interface Term {
  text: string;
  /**
   * Terms written with a capital (names: "Gil", "Taiwan") match only as written;
   * terms written in lower case ("spy balloon") match in any case, so a sentence may start with them.
   */
  caseSensitive: boolean;
}

/** Every place each selector and term occurs, found in one pass. */
export interface Found {
  /** Per selector: start offsets of `exact` where its prefix and suffix also fit. */
  selectors: number[][];
  /** Per selector: how often `exact` occurs at all, prefix and suffix aside. */
  exactCounts: number[];
  /** Every whole-word term occurrence, in order of end. */
  terms: { term: number; start: number }[];
}

/**
 * Finds all selectors and terms in `text` in a single pass of one Aho–Corasick automaton
 * over the folded, lower-cased text, then checks case, prefix, suffix and word boundaries
 * on each hit. The work is linear in the text plus the hits: never a scan per note.
 */
export function findPassages(text: string, selectors: readonly TextQuoteSelector[], terms: readonly Term[]): Found {
  const folded = fold(text);
  const exacts = selectors.map((s) => fold(s.exact));
  const termTexts = terms.map((t) => fold(t.text));
  const automaton = buildAutomaton([...exacts, ...termTexts].map(foldLower));
  const found: Found = {
    selectors: selectors.map(() => []),
    exactCounts: selectors.map(() => 0),
    terms: [],
  };
  findAll(automaton, lowerFolded(folded), (pattern, start) => {
    if (pattern < selectors.length) {
      // The selector's exact words match case and all; only quotes and spaces are folded.
      if (!folded.startsWith(exacts[pattern]!, start)) return;
      found.exactCounts[pattern]! += 1;
      const { prefix, suffix } = selectors[pattern]!;
      const end = start + exacts[pattern]!.length;
      if (prefix !== undefined && !endsWith(folded, start, fold(prefix))) return;
      if (suffix !== undefined && !startsWith(folded, end, fold(suffix))) return;
      found.selectors[pattern]!.push(start);
      return;
    }
    const term = pattern - selectors.length;
    const length = termTexts[term]!.length;
    if (terms[term]!.caseSensitive && !folded.startsWith(termTexts[term]!, start)) return;
    if (isWordChar(folded[start - 1]) || isWordChar(folded[start + length])) return;
    found.terms.push({ term, start });
  });
  return found;
}

// Prefix and suffix compare with spaces and paragraph breaks alike, and the space where
// they meet `exact` is optional: authors write `prefix: "said"` as often as `"said "`.
const same = (a: string, b: string) => a === b || (isSpace(a) && isSpace(b));
const isSpace = (c: string) => c === ' ' || c === PARAGRAPH_BREAK;

function endsWith(text: string, end: number, prefix: string): boolean {
  const wanted = prefix.trimEnd();
  let i = end;
  while (i > 0 && isSpace(text[i - 1]!)) i--;
  for (let j = wanted.length - 1; j >= 0; j--) {
    i--;
    if (i < 0 || !same(text[i]!, wanted[j]!)) return false;
  }
  return true;
}

function startsWith(text: string, start: number, suffix: string): boolean {
  const wanted = suffix.trimStart();
  let i = start;
  while (i < text.length && isSpace(text[i]!)) i++;
  for (let j = 0; j < wanted.length; j++, i++) {
    if (i >= text.length || !same(text[i]!, wanted[j]!)) return false;
  }
  return true;
}
