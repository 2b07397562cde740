import type { z } from 'astro/zod';
import { ContentError } from '../lib/content-error.ts';

/** `target[0].exact`: a zod path as an author would write it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** One line per problem: `<file>: <field>: <problem>`, where Astro would print `****:` for a field it cannot name. */
function describe(issue: z.core.$ZodIssue): string {
  const at = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => `${at ? `${at}.` : ''}${key}: unknown field (see the schema in src/schemas/)`)
      .join('\n');
  }
  return `${at || 'frontmatter'}: ${issue.message}`;
}

/** Checks `data` against `schema`; fails with every problem, each on its own line that names the file. */
export function checkSchema(schema: z.ZodType, data: unknown, file: string): void {
  const result = schema.safeParse(data);
  if (result.success) return;
  const lines = result.error.issues.flatMap((issue) => describe(issue).split('\n'));
  throw new ContentError(file, lines.join(`\n${file}: `));
}
