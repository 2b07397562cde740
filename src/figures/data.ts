import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-error.ts';
import { siteData } from '../editorial/site-data.ts';
import { figureProblems } from './problems.ts';

export type Figure = CollectionEntry<'figures'>;

let loaded: Promise<Map<string, Figure>> | undefined;

/** Every figure by the id of the issue it belongs to (its file name), checked once per build. */
export function figures(): Promise<Map<string, Figure>> {
  loaded ??= (async () => {
    const [{ issues }, entries] = await Promise.all([siteData(), getCollection('figures')]);
    for (const entry of entries) {
      const file = entry.filePath ?? `content/figures/${entry.id}.yaml`;
      if (!issues.has(entry.id)) {
        throw new ContentError(
          file,
          `a figure belongs to the issue its file is named for, and there is no content/issues/${entry.id}.md`,
        );
      }
      const [problem] = figureProblems(entry.data);
      if (problem) throw new ContentError(file, problem);
    }
    return new Map(entries.map((entry) => [entry.id, entry]));
  })();
  return loaded;
}

/** The URL of an issue's figure, a static SVG file. */
export const figurePath = (issueId: string) => `/figures/${issueId}.svg`;
