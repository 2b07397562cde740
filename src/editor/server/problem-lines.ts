import { existsSync, readFileSync } from 'node:fs';
import { splitFrontmatter } from '../../content-loaders/yaml.ts';

/**
 * The line of a content file a problem is about, found from the field the problem names
 * first: `body` (the body's first line), `[3] …` (the fourth entry of a YAML list) or a
 * frontmatter field (`sources[0]`, `target[1].exact`, `summary`: the line its key is on).
 * Line 1 when the problem names no field the file has.
 */
export function problemLine(path: string, problem: string): number {
  if (!existsSync(path)) return 1;
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const item = /^\[(\d+)\]/.exec(problem);
  if (item) {
    const starts = lines.flatMap((line, i) => (line.startsWith('- ') ? [i + 1] : []));
    return starts[Number(item[1])] ?? 1;
  }
  if (/^body\b/.test(problem)) return splitFrontmatter(text).bodyLine;
  const key = /^([A-Za-z]+)/.exec(problem)?.[1];
  const at = key ? lines.findIndex((line) => line.startsWith(`${key}:`)) : -1;
  return at === -1 ? 1 : at + 1;
}
