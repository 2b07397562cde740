/**
 * Matching treats straight and curly quotes as the same character, and any
 * whitespace as a space, so a note's author can type `'` where the column
 * prints `’`. Folding maps one UTF-16 code unit to one code unit, so an offset
 * in folded text is the same offset in the column's own text: the output
 * always keeps the column's characters.
 */
const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
};

/** Separates paragraphs in folded text; no folded selector contains it, so no match crosses paragraphs. */
export const PARAGRAPH_BREAK = '\u2029';

/** One code unit, folded for matching (quotes made straight, whitespace made a space). */
export function foldChar(char: string): string {
  if (char === PARAGRAPH_BREAK) return char;
  return QUOTES[char] ?? (/\s/.test(char) ? ' ' : char);
}

/** Folds a whole string, code unit by code unit (same length as the input). */
export function fold(text: string): string {
  return text.replace(/[\u2018\u2019\u201C\u201D]/g, (q) => QUOTES[q]!).replace(/[^\S\u2029]/g, ' ');
}

/** Lower-cases one code unit, keeping it when lower-casing would change the length. */
export function lowerChar(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** Folds and lower-cases a string, code unit by code unit: the form the automaton searches. */
export function foldLower(text: string): string {
  const folded = fold(text);
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  // Rare letters (İ) grow when lower-cased: go code unit by code unit to keep offsets.
  let out = '';
  for (let i = 0; i < folded.length; i++) out += lowerChar(folded[i]!);
  return out;
}

/** True for letters and digits: a term matches only between two characters that are not. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
