import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isSeq } from 'yaml';
import { ContentError } from '../lib/content-error.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { readContent } from './read.ts';
import { checkSchema } from './schema-issues.ts';
import { parseYaml, yamlData } from './yaml.ts';

/** One entry of a YAML list, as written, with the line it starts on. */
export interface YamlListEntry {
  item: unknown;
  line: number;
}

/**
 * The entries of a YAML list, aliases resolved (`issues: *balloon` is the list it
 * names), each with its line; fails, naming the file and line, on anything else.
 */
export function yamlListEntries(text: string, file: string): YamlListEntry[] {
  checkHiddenCharacters(text, file);
  const { doc, lines } = parseYaml(text, file);
  if (!isSeq(doc.contents)) throw new ContentError(file, 'expected a list of entries');
  const items = yamlData(doc, lines, file) as unknown[];
  return doc.contents.items.map((node, i) => ({
    item: items[i],
    line: lines.linePos((node as { range?: [number] } | null)?.range?.[0] ?? 0).line,
  }));
}

export interface YamlListOptions {
  /**
   * The id of an entry that has no `id` field of its own (a quotation, a publisher's host);
   * without it, every entry needs an `id`. Default: none.
   */
  idOf?: (item: Record<string, unknown>, line: number) => string;
}

/**
 * A YAML file holding a list of entries (content/events.yaml), read as written:
 * UTF-8 only, no hidden characters, no timestamps (dates stay the strings the author
 * typed). Every problem stops the build and names the file, the line and the entry;
 * Astro's own file() loader logs a parse error and goes on.
 */
export function yamlList(path: string, schema: z.ZodType, { idOf }: YamlListOptions = {}): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ parseData, store, watcher, logger }) => {
      const sync = async () => {
        const file = relative(process.cwd(), path);
        const entries = yamlListEntries(readContent(path, file), file);
        store.clear();
        const seen = new Map<string, number>();
        for (const { item, line } of entries) {
          const at = `${file}:${line}`;
          if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            throw new ContentError(at, 'expected an entry with fields');
          }
          const fields = item as Record<string, unknown>;
          const id = idOf ? idOf(fields, line) : typeof fields.id === 'string' ? fields.id : undefined;
          if (!id) throw new ContentError(at, 'an entry without an id');
          if (seen.has(id)) {
            throw new ContentError(at, `id "${id}" is also the id of the entry on line ${seen.get(id)}`);
          }
          seen.set(id, line);
          checkSchema(schema, fields, idOf ? at : `${at}: ${id}`);
          store.set({ id, data: await parseData({ id, data: fields, filePath: path }), filePath: file });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
