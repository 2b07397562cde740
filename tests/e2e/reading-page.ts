import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../content-files.ts';

/** The first article's id and the sections the tests visit: its issues and its expert people. */
export function readingSections(articleId: string): { issues: string[]; experts: string[] } {
  const frontmatter = (file: string) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, file), 'utf8'))?.[1] ?? '') as Record<
      string,
      unknown
    >;
  const article = frontmatter(join('articles', `${articleId}.md`));
  const people = (article.people as string[] | undefined) ?? [];
  return {
    issues: (article.issues as string[] | undefined) ?? [],
    experts: people.filter((id) => frontmatter(join('people', `${id}.md`)).kind === 'expert'),
  };
}
