import { ContentError } from '../lib/content-error.ts';

/**
 * Characters a reader cannot see that change what they see: bidirectional controls
 * reorder text (a "Trojan Source" edit), zero-width characters hide inside words so
 * that two spellings look the same and a search or a quote no longer matches.
 */
const HIDDEN: Readonly<Record<number, string>> = {
  0x061c: 'an Arabic letter mark',
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
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
  0xfeff: 'a zero-width no-break space',
};

const PATTERN = new RegExp(
  `[${Object.keys(HIDDEN)
    .map((code) => `\\u{${Number(code).toString(16)}}`)
    .join('')}]`,
  'u',
);

/** Fails on the first bidi control or zero-width character in `text`, naming its line and column. */
export function checkHiddenCharacters(text: string, file: string, firstLine = 1): void {
  const match = PATTERN.exec(text);
  if (!match) return;
  const before = text.slice(0, match.index).split('\n');
  const line = firstLine + before.length - 1;
  const column = before.at(-1)!.length + 1;
  const code = match[0].codePointAt(0)!;
  const name = `${HIDDEN[code]} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  throw new ContentError(
    `${file}:${line}:${column}`,
    `${name}; bidi controls and zero-width characters are not allowed (they reorder or hide what a reader sees)`,
  );
}
