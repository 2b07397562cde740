import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeAnnotate, { type Options } from '../../../src/annotation/rehype-annotate.ts';
import rehypeParagraphIds, { type Options as ParagraphOptions } from '../../../src/annotation/rehype-paragraph-ids.ts';

/** Plugin options for one case, as a fixture's `notes.json` holds them. */
export interface CaseOptions extends Options {
  marks?: ParagraphOptions['marks'];
}

/** Runs markdown through remark, rehype-paragraph-ids and rehype-annotate: the plugins alone, no Astro. */
export async function annotate(markdown: string, options: CaseOptions = {}) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds, { marks: options.marks, file: options.file })
    .use(rehypeAnnotate, options)
    .use(rehypeStringify)
    .process(markdown);
  const index = file.data.annotationIndex;
  if (!index) throw new Error('rehype-annotate left no index');
  return { html: String(file), index };
}

/** The text of HTML with every tag removed and entities decoded: what a reader reads. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** Shorthand for a section with its terms. */
export const section = (id: string, ...terms: string[]) => ({ id, file: `content/issues/${id}.md`, terms });

/** Shorthand for a note with one or more passages. */
export const note = (
  name: string,
  subject: string,
  ...target: { exact: string; prefix?: string; suffix?: string }[]
) => ({
  name,
  subject,
  file: `content/notes/col/${name}.md`,
  target,
});
