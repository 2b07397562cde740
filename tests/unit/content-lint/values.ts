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
