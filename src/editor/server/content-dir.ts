import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { slugPattern } from '../../schemas/ids.ts';

/** The content folder the dev server reads, as src/content.config.ts finds it. */
export const contentDir = () => resolve(process.env.CONTENT_DIR ?? 'content');

/** A content file's path as problems name it: relative to the working directory. */
export const shownPath = (path: string) => relative(process.cwd(), path) || path;

/**
 * The path of a new note, `<content>/notes/<article>/<name>.md`, or why there is none: the
 * article and the name must be slugs, the article must exist, and the path must lie inside
 * the content folder. The desk writes nowhere else.
 */
export function notePath(article: string, name: string): { path: string } | { field: string; problem: string } {
  if (!slugPattern.test(article)) return { field: 'article', problem: `"${article}" is not an article id` };
  if (!slugPattern.test(name))
    return {
      field: 'name',
      problem: `the file name must be a lowercase slug such as "woodside-summit" (found "${name}")`,
    };
  const root = contentDir();
  if (!existsSync(resolve(root, 'articles', `${article}.md`)))
    return { field: 'article', problem: `there is no article "${article}" in ${shownPath(root)}/articles/` };
  const path = resolve(root, 'notes', article, `${name}.md`);
  if (!path.startsWith(root + sep)) return { field: 'name', problem: 'the file would lie outside the content folder' };
  if (existsSync(path)) return { field: 'name', problem: `${shownPath(path)} already exists; choose another name` };
  return { path };
}
