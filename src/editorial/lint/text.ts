// Plain-text helpers shared by the lint rules: the rules compare what a note
// writes with the column and the fact lists, so markup and typography must not
// get in the way (a curly and a straight quote are the same quote).

/** Curly quotes to straight, whitespace collapsed, lowercase: the form every comparison uses. */
export function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The text a reader sees: HTML tags and markdown emphasis removed, link targets dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Abbreviations that end in a period without ending a sentence (AP-style months,
// titles, states), so "Gen. CQ Brown" or "Sept. 1" stay inside one sentence.
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'adm',
  'col',
  'lt',
  'sgt',
  'mr',
  'ms',
  'mrs',
  'dr',
  'st',
  'calif',
  'mont',
  'pub',
  'stat',
  'no',
  'u.s',
  'e.g',
  'i.e',
]);

/** Splits plain text into sentences, keeping abbreviations inside their sentence. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  const end = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(start, match.index);
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord)) continue;
    found.push(text.slice(start, match.index + match[0].length).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) found.push(rest);
  return found;
}

// Words too common in this subject to tie a sentence to one event.
const COMMON = new Set([
  'about',
  'after',
  'also',
  'before',
  'china',
  'chinese',
  'from',
  'have',
  'into',
  'said',
  'says',
  'states',
  'that',
  'their',
  'them',
  'then',
  'there',
  'they',
  'this',
  'united',
  'were',
  'what',
  'when',
  'which',
  'with',
]);

/** The words of a text that can tie it to an event: four letters or more and not too common. */
export function keyWords(text: string): Set<string> {
  const words = normalize(text).match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => word.length >= 4 && !COMMON.has(word)));
}
