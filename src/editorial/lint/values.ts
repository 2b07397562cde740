// Reading parsed frontmatter and YAML without trusting its shape: the lint runs on
// content the schemas may not have seen yet, so every value is read defensively.

/** What is wrong, and in which file. */
export interface Problem {
  file: string;
  problem: string;
}

export type Data = Record<string, unknown>;
export const record = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Every `source` object and `sources` entry anywhere in a parsed value, with where it sits. */
export function sourcesIn(value: unknown, path: string): { path: string; source: Data }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourcesIn(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Data).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    if (key === 'sources') return list(child).map((source, i) => ({ path: `${at}[${i}]`, source: record(source) }));
    if (key === 'source') return [{ path: at, source: record(child) }];
    return sourcesIn(child, at);
  });
}
