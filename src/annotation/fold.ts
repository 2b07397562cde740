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

// Only what folding changes: curly quotes, and whitespace other than a plain space
// (and other than PARAGRAPH_BREAK, U+2029). Plain spaces are left alone: replacing each
// one with itself would cost a replacement per word on a long column.
const FOLDED = /[\u2018\u2019\u201C\u201D\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u202f\u205f\u3000\ufeff]/g;

/** Folds a whole string, code unit by code unit (same length as the input). */
export function fold(text: string): string {
  return text.replace(FOLDED, (char) => QUOTES[char] ?? ' ');
}

/** Folds and lower-cases a string, code unit by code unit: the form the automaton searches. */
export function foldLower(text: string): string {
  return lowerFolded(fold(text));
}

/** Lower-cases text that is already folded, keeping its length. */
export function lowerFolded(folded: string): string {
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  // Rare letters (İ) grow when lower-cased: go code unit by code unit to keep offsets.
  let out = '';
  for (let i = 0; i < folded.length; i++) out += lowerChar(folded[i]!);
  return out;
}

/** Lower-cases one code unit, keeping it when lower-casing would change the length. */
function lowerChar(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** True for letters and digits: a term matches only between two characters that are not. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
