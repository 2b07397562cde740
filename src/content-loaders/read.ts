import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { ContentError } from '../lib/content-error.ts';

/**
 * A content file's text. Astro reads files as UTF-8 and quietly turns invalid bytes
 * into U+FFFD, which would then reach the page and the export; this reads the bytes
 * and stops at the first line that is not valid UTF-8.
 */
export function readContent(path: string, file: string): string {
  const bytes = readFileSync(path);
  if (!isUtf8(bytes)) {
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      // A newline byte never occurs inside a multi-byte character, so lines can be checked one by one.
      if (!isUtf8(bytes.subarray(start, i))) {
        throw new ContentError(`${file}:${line}`, 'the file is not valid UTF-8 (save it as UTF-8)');
      }
      start = i + 1;
      line++;
    }
  }
  // A byte-order mark is not text.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
