import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentDir = process.env.CONTENT_DIR ?? 'content';

/** An article's markdown body split into its paragraphs, exactly as written. */
export function articleParagraphs(id: string): string[] {
  const source = readFileSync(join(contentDir, 'articles', `${id}.md`), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The ids of every article in content/articles/. */
export function articleIds(): string[] {
  return readdirSync(join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
}

/** The ids of the people an article lists, in its order. */
export function articlePeople(id: string): string[] {
  const source = readFileSync(join(contentDir, 'articles', `${id}.md`), 'utf8');
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { people?: string[] };
  return frontmatter.people ?? [];
}

/** The file names (without `.md`) of an article's notes in content/notes/<article>/. */
export const articleNoteNames = (id: string): string[] =>
  readdirSync(join(contentDir, 'notes', id))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
