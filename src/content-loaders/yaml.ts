import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ContentError } from '../lib/content-error.ts';

/**
 * How many aliases (`*name`) one document may expand: enough for any honest reuse, few
 * enough that an alias of aliases of aliases (a "billion laughs") cannot fill the memory.
 */
const MAX_ALIASES = 100;

/**
 * Parses YAML with the YAML 1.2 core schema, which has no timestamps: an unquoted
 * `2023-02-30` stays the string it is, and the date schema checks it as written
 * (a timestamp-reading parser would have made it March 2).
 * `firstLine` is the line of the file the YAML starts on, for error positions.
 */
export function parseYaml(text: string, file: string, firstLine = 1): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(`${file}:${firstLine + at.line - 1}`, `invalid YAML: ${problem}`);
  }
  return { doc, lines };
}

/**
 * The document's value, aliases resolved (so `*issues` is the list it names, not an
 * object standing for it). A document that expands too many aliases fails, naming
 * the line of its first alias.
 */
export function yamlData(doc: Document, lines: LineCounter, file: string, firstLine = 1): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(doc, {
      Alias: (_key, node) => {
        if (!isAlias(node)) return undefined;
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    throw new ContentError(
      `${file}:${firstLine + lines.linePos(offset).line - 1}`,
      `invalid YAML: too many aliases (it expands more than ${MAX_ALIASES}; write the values out instead)`,
    );
  }
}

/** Parses `text` and returns its value: `parseYaml` then `yamlData`. */
export function readYaml(text: string, file: string, firstLine = 1): unknown {
  const { doc, lines } = parseYaml(text, file, firstLine);
  return yamlData(doc, lines, file, firstLine);
}

/** The frontmatter block and the body of a markdown file, split as Astro splits them. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: '', body: text, bodyLine: 1 };
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
