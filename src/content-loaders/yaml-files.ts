import { relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/content-error.ts';
import { checkHiddenCharacters } from './hidden-characters.ts';
import { readContent } from './read.ts';
import { checkSchema } from './schema-issues.ts';
import { readYaml } from './yaml.ts';

/**
 * One entry per YAML file (content/figures/<issue>.yaml), its id the file name, read as
 * written as the other loaders read theirs: UTF-8 only, no hidden characters, no
 * timestamps (a date stays the string the author typed). Problems name the file.
 */
export function yamlFiles(base: string, schema: z.ZodType): Loader {
  const loader = glob({ base, pattern: '*.yaml' });
  return {
    name: 'yaml-files-loader',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const file = relative(process.cwd(), props.filePath!);
          const text = readContent(props.filePath!, file);
          checkHiddenCharacters(text, file);
          const data = readYaml(text, file);
          if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            throw new ContentError(file, 'expected a mapping of fields');
          }
          checkSchema(schema, data, file);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
