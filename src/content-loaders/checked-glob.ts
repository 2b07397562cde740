import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { slug as slugify } from 'github-slugger';
import { ContentError } from '../lib/content-error.ts';
import { slugPattern } from '../schemas/ids.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { readContent } from './read.ts';
import { checkSchema } from './schema-issues.ts';
import { parseYaml, splitFrontmatter } from './yaml.ts';

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
 * the bytes must be UTF-8, the file name a slug, the text free of bidi controls and
 * zero-width characters, and the frontmatter is parsed without timestamps (so a
 * date is checked as the author typed it). Schema problems name the file and field.
 */
export function checkedGlob(options: CheckedGlobOptions): Loader {
  const loader = glob({ base: options.base, pattern: options.pattern });
  return {
    name: 'checked-glob-loader',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const data = readEntry(props.filePath!, options);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

/** Reads and checks one file; returns its frontmatter as the schema should see it. */
export function readEntry(path: string, options: CheckedGlobOptions): Record<string, unknown> {
  const file = relative(process.cwd(), path);
  checkFileName(path, file, options.base);
  const text = readContent(path, file);
  const { frontmatter, body, bodyLine } = splitFrontmatter(text);
  checkHiddenCharacters(options.verbatimBody ? frontmatter : text, file);
  const data = (parseYaml(frontmatter, file, 2).doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ContentError(file, 'the frontmatter is not a mapping');
  checkSchema(options.schema, data, file);
  options.check?.({ file, data, body, bodyLine });
  return data;
}

/** Each folder and file name under the collection's base must be a slug, since it becomes an id. */
function checkFileName(path: string, file: string, base: string): void {
  const names = relative(resolve(base), path).replace(/\.md$/, '').split(/[\\/]/);
  for (const name of names) {
    if (slugPattern.test(name)) continue;
    const id = slugify(name);
    const twin = join(dirname(path), `${id}.md`);
    const clash =
      name === basename(path, '.md') && existsSync(twin)
        ? ` (its id would be "${id}", which ${relative(process.cwd(), twin)} already has)`
        : '';
    throw new ContentError(
      file,
      `the name "${name}" is not a lowercase slug such as "chip-controls"${clash}; rename it, since the name is the id`,
    );
  }
}
