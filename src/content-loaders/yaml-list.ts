import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isSeq } from 'yaml';
import { ContentError } from '../lib/content-error.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { readContent } from './read.ts';
import { checkSchema } from './schema-issues.ts';
import { parseYaml } from './yaml.ts';

/**
 * A YAML file holding a list of entries with an `id` each (content/events.yaml),
 * read as written: UTF-8 only, no hidden characters, no timestamps (dates stay the
 * strings the author typed). Every problem stops the build and names the file,
 * the line and the entry; Astro's own file() loader logs a parse error and goes on.
 */
export function yamlList(path: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ parseData, store, watcher, logger }) => {
      const sync = async () => {
        const file = relative(process.cwd(), path);
        const text = readContent(path, file);
        checkHiddenCharacters(text, file);
        const { doc, lines } = parseYaml(text, file);
        if (!isSeq(doc.contents)) throw new ContentError(file, 'expected a list of entries, each with an id');
        store.clear();
        const seen = new Map<string, number>();
        for (const node of doc.contents.items) {
          const line = lines.linePos(isMap(node) ? (node.range?.[0] ?? 0) : 0).line;
          const at = `${file}:${line}`;
          const item = (node as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
          const id = typeof item?.id === 'string' ? item.id : undefined;
          if (!id) throw new ContentError(at, 'an entry without an id');
          if (seen.has(id))
            throw new ContentError(at, `id "${id}" is also the id of the entry on line ${seen.get(id)}`);
          seen.set(id, line);
          checkSchema(schema, item, `${at}: ${id}`);
          store.set({ id, data: await parseData({ id, data: item, filePath: path }), filePath: file });
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
