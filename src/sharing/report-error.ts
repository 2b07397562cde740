/**
 * A note's "Report an error" link: a `mailto:` URL to the corrections address whose
 * subject and body already name the note (its summary and absolute URL) and the words
 * of the column it is on, so a reader only adds what is wrong. Plain link, no script.
 * https://www.rfc-editor.org/rfc/rfc6068 (mailto: fields percent-encoded, lines ended by CRLF)
 */
import { correctionsAddress } from '../editorial/corrections-address.ts';
import { noteCardId, noteName } from '../lib/constants.ts';
import { absolute, sectionAnchorPath } from './paths.ts';

/** The `mailto:` URL of a note's "Report an error" link, given its passages' exact words in reading order. */
export function reportErrorHref(note: { id: string; data: { summary: string } }, passages: readonly string[]): string {
  // A note's collection id is `<article>/<note file name>`.
  const articleId = note.id.slice(0, note.id.indexOf('/'));
  const body = [
    `Note: ${absolute(sectionAnchorPath(articleId, noteCardId(noteName(note.id))))}`,
    ...passages.map((words) => `Passage: “${words}”`),
    '',
    'What is wrong, and a source that shows it:',
    '',
  ].join('\r\n');
  const fields = { subject: `Error report: ${note.data.summary}`, body };
  return `mailto:${correctionsAddress()}?${Object.entries(fields)
    .map(([field, value]) => `${field}=${encodeURIComponent(value)}`)
    .join('&')}`;
}
