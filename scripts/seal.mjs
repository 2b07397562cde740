// `npm run seal -- <article> [--source <path>]`: writes the seal of
// content/articles/<article>.md into its frontmatter (src/editorial/seal.ts), after an
// intended change to the column's text. The build fails whenever the body and the
// seal disagree, so this is the one way to change a column's text on purpose.
// `--source` records where the text came from, relative to the shared sources
// folder (`source/column.txt`); without it, the recorded source is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { presentationOf, sealOf } from '../src/editorial/seal.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--source');
const source = at === -1 ? undefined : args.splice(at, 2)[1];
const [article] = args;
if (!article || (at !== -1 && !source)) {
  console.error('usage: npm run seal -- <article-id> [--source <path under the shared folder>]');
  process.exit(2);
}

const path = join(process.env.CONTENT_DIR ?? 'content', 'articles', `${article}.md`);
const text = readFileSync(path, 'utf8');
const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
if (!match) {
  console.error(`${path}: no frontmatter block to write the seal into`);
  process.exit(1);
}
const frontmatter = match[1];
const body = text.slice(match[0].length);
const data = parse(frontmatter) ?? {};
const recorded = data.seal?.sourceFile;
const seal = { sourceFile: source ?? recorded, ...sealOf(body), presentation: presentationOf(data) };

const block = [
  'seal:',
  ...(seal.sourceFile ? [`  sourceFile: ${JSON.stringify(seal.sourceFile)}`] : []),
  `  sha256: ${seal.sha256}`,
  '  presentation:',
  ...Object.entries(seal.presentation).map(([field, hash]) => `    ${field}: "${hash}"`),
  '  paragraphs:',
  ...seal.paragraphs.map((hash) => `    - "${hash}"`),
].join('\n');

// Replace the seal block (the `seal:` line and every indented line after it), or add one at the end.
const lines = frontmatter.split('\n');
const start = lines.findIndex((line) => /^seal:/.test(line));
if (start === -1) lines.push(block);
else {
  let end = start + 1;
  while (end < lines.length && /^(\s|$)/.test(lines[end]) && lines[end] !== '') end++;
  lines.splice(start, end - start, block);
}
writeFileSync(path, `---\n${lines.join('\n')}\n---\n${body}`);
console.log(`sealed ${path}: ${seal.paragraphs.length} paragraphs, sha256 ${seal.sha256}`);
