import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/content-error.ts';
import { nameProblem } from './content-tree.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { readContent } from './read.ts';
import { checkSchema } from './schema-issues.ts';
import { readYaml, splitFrontmatter } from './yaml.ts';

/** One markdown file, read and parsed by us. */
export interface CheckedEntry {
  /** The path errors name, relative to the working directory. */
  file: string;
  /** The frontmatter, checked against the schema (not yet transformed). */
  data: Record<string, unknown>;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

export interface CheckedGlobOptions {
  base: string;
  pattern: string;
  schema: z.ZodType;
  /**
   * The body is a column kept byte for byte as received: hidden characters are looked for
   * in the frontmatter only (the seal guards the body). Default `false`.
   */
  verbatimBody?: boolean;
  /** A further check of each file once its frontmatter passes the schema. */
  check?: (entry: CheckedEntry) => void;
}

/**
 * Astro's glob loader with every file checked as written before the schema sees it:
 * the bytes must be UTF-8, the file name a slug, the text free of invisible characters,
 * and the frontmatter is parsed without timestamps (so a date is checked as the author
 * typed it). Schema problems name the file and field.
 *
 * Every file is read and checked before Astro's loader reads it: Astro parses
 * frontmatter with its own YAML parser, whose errors name no line of the file and end
 * in a stack trace.
 */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  const loader = glob({ base: options.base, pattern: options.pattern });
  return {
    name: 'checked-glob-loader',
    load: async (context) => {
      const checked = new Map<string, Record<string, unknown>>();
      for (const path of collectionFiles(options)) checked.set(path, readEntry(path, options));
      return loader.load({
        ...context,
        parseData: async (props) => {
          const path = resolve(props.filePath!);
          const data = checked.get(path) ?? readEntry(path, options);
          checked.delete(path);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}

/** The files the collection reads: `<base>/*.md`, or `<base>/*\/*.md` one folder down. */
function collectionFiles({ base, pattern }: CheckedGlobOptions): string[] {
  const root = resolve(base);
  if (!existsSync(root)) return [];
  const extension = pattern.slice(pattern.lastIndexOf('.'));
  const files = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name));
  if (!pattern.includes('/')) return files(root);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => files(join(root, entry.name)));
}

/** Reads and checks one file; returns its frontmatter as the schema should see it. */
export function readEntry(path: string, options: CheckedGlobOptions): Record<string, unknown> {
  const file = relative(process.cwd(), path);
  checkFileName(path, options.base);
  const text = readContent(path, file);
  const { frontmatter, body, bodyLine } = splitFrontmatter(text);
  checkHiddenCharacters(options.verbatimBody ? frontmatter : text, file);
  const data = (readYaml(frontmatter, file, 2) ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ContentError(file, 'the frontmatter is not a mapping');
  checkSchema(options.schema, data, file);
  options.check?.({ file, data, body, bodyLine });
  return data;
}

/** Each folder and file name under the collection's base must be a slug, since it becomes an id. */
function checkFileName(path: string, base: string): void {
  const names = relative(resolve(base), path).replace(/\.md$/, '').split(/[\\/]/);
  let at = resolve(base);
  names.forEach((name, i) => {
    at = join(at, i === names.length - 1 ? `${name}.md` : name);
    const problem = nameProblem(at, name, i === names.length - 1 ? '.md' : '');
    if (problem) throw new ContentError(relative(process.cwd(), path), problem);
  });
}
