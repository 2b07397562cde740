import { ContentError } from '../lib/content-error.ts';

/**
 * Characters a reader cannot see that change what they see: bidirectional controls
 * reorder text (a "Trojan Source" edit), zero-width and other invisible characters
 * hide inside words so that two spellings look the same and a search or a quote no
 * longer matches, and tag characters carry hidden text. They are found by Unicode
 * property rather than by a list, so that one the list forgot cannot pass:
 * `Default_Ignorable_Code_Point` (what a font draws as nothing), the format characters
 * (`Cf`) and the control characters (`Cc`) but for the tab and the line ends, which
 * text needs. No-break spaces (U+00A0, U+202F) are spaces, neither ignorable nor
 * formatting, and pass.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;

/** Characters of those classes that text may hold. */
const ALLOWED = new Set(['\t', '\n', '\r']);

/** Names of the ones an author may meet, for the message; the rest are named by class. */
const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'a soft hyphen',
  0x034f: 'a combining grapheme joiner',
  0x061c: 'an Arabic letter mark',
  0x115f: 'a Hangul filler',
  0x1160: 'a Hangul filler',
  0x180e: 'a Mongolian vowel separator',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner',
  0x2061: 'an invisible function application',
  0x2062: 'an invisible times',
  0x2063: 'an invisible separator',
  0x2064: 'an invisible plus',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
  0x3164: 'a Hangul filler',
  0xfeff: 'a zero-width no-break space',
  0xffa0: 'a Hangul filler',
};

/** What to call `code` in a message. */
function nameOf(code: number): string {
  if (NAMES[code]) return NAMES[code];
  if (code >= 0xe0000 && code <= 0xe007f) return 'a Unicode tag character';
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)) return 'a variation selector';
  if (/\p{Cc}/u.test(String.fromCodePoint(code))) return 'a control character';
  return 'an invisible character';
}

/** The first character in `text` that a reader cannot see, with its place, if there is one. */
export function firstInvisible(text: string): { index: number; code: number } | undefined {
  for (const match of text.matchAll(INVISIBLE)) {
    if (!ALLOWED.has(match[0])) return { index: match.index, code: match[0].codePointAt(0)! };
  }
  return undefined;
}

/** Fails on the first invisible or formatting character in `text`, naming its line and column. */
export function checkHiddenCharacters(text: string, file: string, firstLine = 1): void {
  const found = firstInvisible(text);
  if (!found) return;
  const before = text.slice(0, found.index).split('\n');
  const line = firstLine + before.length - 1;
  const column = before.at(-1)!.length + 1;
  const name = `${nameOf(found.code)} (U+${found.code.toString(16).toUpperCase().padStart(4, '0')})`;
  throw new ContentError(
    `${file}:${line}:${column}`,
    `${name}; bidi controls and zero-width characters are not allowed, nor any other invisible or formatting character (they reorder or hide what a reader sees)`,
  );
}
