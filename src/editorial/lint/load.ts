import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** One content file as the lint sees it: where it is, its front matter and its body. */
export interface ContentFile {
  /** The path shown in problems, relative to the repository (`content/notes/…/gil-misspelling.md`). */
  file: string;
  /** The parsed YAML front matter (or the whole YAML document for a .yaml file). */
  data: unknown;
  /** The markdown body; empty for a YAML file. */
  body: string;
}

/** Everything in content/ that the lint reads. */
export interface Content {
  articles: ContentFile[];
  issues: ContentFile[];
  people: ContentFile[];
  notes: ContentFile[];
  /** Each column's reading of an issue: content/readings/<article>/<issue>.md. */
  readings: ContentFile[];
  events: ContentFile;
  quotations: ContentFile;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a markdown file into its front matter and body, as Astro's glob loader does. */
export function parseMarkdown(file: string, source: string): ContentFile {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { file, data: {}, body: source };
  return { file, data: parse(match[1] ?? '') as unknown, body: source.slice(match[0].length) };
}

/** Reads content/ (or CONTENT_DIR) from disk. */
export function loadContent(root = process.env.CONTENT_DIR ?? 'content'): Content {
  const name = (path: string) => relative(process.cwd(), path) || path;
  const markdown = (dir: string, nested = false): ContentFile[] => {
    const base = join(root, dir);
    const paths = nested
      ? readdirSync(base, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .flatMap((entry) => readdirSync(join(base, entry.name)).map((file) => join(base, entry.name, file)))
      : readdirSync(base).map((file) => join(base, file));
    return paths
      .filter((path) => path.endsWith('.md'))
      .sort()
      .map((path) => parseMarkdown(name(path), readFileSync(path, 'utf8')));
  };
  const yaml = (path: string): ContentFile => ({
    file: name(join(root, path)),
    data: parse(readFileSync(join(root, path), 'utf8')) as unknown,
    body: '',
  });
  return {
    articles: markdown('articles'),
    issues: markdown('issues'),
    people: markdown('people'),
    notes: markdown('notes', true),
    readings: markdown('readings', true),
    events: yaml('events.yaml'),
    quotations: yaml('quotations.yaml'),
  };
}

/** Every content file that cites sources: what the source-label rule reads. */
export const sourcedFiles = (content: Content): ContentFile[] => [
  ...content.articles,
  ...content.issues,
  ...content.people,
  ...content.notes,
  ...content.readings,
  content.events,
  content.quotations,
];
