import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixedPageIds, pageIdPrefixes, sectionParts, sectionPartId } from '../lib/constants.ts';
import type { ContentProblem } from '../lib/content-error.ts';
import { paragraphRoles } from '../schemas/article.ts';

/**
 * Paths the build writes outside src/pages/: Astro's bundles and the search index.
 * Everything else comes from the pages themselves.
 */
const BUILT_FOLDERS = ['_astro', 'pagefind', 'search'];

/**
 * The site's own top-level paths, which an article's id (its `/<id>/`) may not take:
 * each page and folder of src/pages/ (`about.astro` → /about/, `figures/` → /figures/,
 * which the headers file also serves with rules of its own) and each file of public/.
 */
export function siteRoutes(srcDir: URL, publicDir: URL): Map<string, string> {
  const routes = new Map<string, string>(BUILT_FOLDERS.map((name) => [name, `the site’s own folder /${name}/`]));
  const list = (dir: URL) => {
    try {
      return readdirSync(fileURLToPath(dir), { withFileTypes: true });
    } catch {
      return [];
    }
  };
  for (const entry of list(new URL('pages/', srcDir))) {
    if (entry.name.startsWith('[') || entry.name.startsWith('_')) continue;
    if (entry.isDirectory()) routes.set(entry.name, `the site’s own folder /${entry.name}/`);
    else
      routes.set(
        entry.name.replace(/\.(?:astro|ts|js|md)$/, ''),
        `the site’s own page /${entry.name.replace(/\.(?:astro|ts|js|md)$/, '')}/`,
      );
  }
  for (const entry of list(publicDir)) routes.set(entry.name, `the site’s own file /${entry.name}`);
  routes.delete('index');
  return routes;
}

interface Named {
  id: string;
  file: string;
}

/**
 * Content ids that would take a name the site gives its own pages or elements: an
 * article named for a route, an issue or person named for an id of the reading page
 * (`main`, the skip link's target) or for a part of another section (`taiwan-sources`,
 * the Taiwan section's "Sources" heading).
 */
export function reservedIdProblems(
  articles: readonly Named[],
  sections: readonly Named[],
  routes: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { id, file } of articles) {
    const route = routes.get(id);
    if (route) problems.push({ file, problem: `the id "${id}" is ${route}; rename the file` });
  }
  const fixed = fixedPageIds(paragraphRoles);
  const parts = new Map(
    sections.flatMap((section) =>
      sectionParts.map((part) => [sectionPartId(section.id, part), { section, part }] as const),
    ),
  );
  for (const { id, file } of sections) {
    const fixedId = fixed.get(id);
    const prefix = pageIdPrefixes.find((p) => id.startsWith(p));
    const part = parts.get(id);
    const problem = fixedId
      ? `the id "${id}" is the reading page’s own id for ${fixedId}`
      : prefix
        ? `section id "${id}" starts with "${prefix}", which the reading page keeps for its own ids`
        : part
          ? `the id "${id}" is the id of the "${part.part}" part of the section "${part.section.id}" (${part.section.file})`
          : undefined;
    if (problem) problems.push({ file, problem: `${problem}; rename the file` });
  }
  return problems;
}
