// Checks that every sealed column is, paragraph for paragraph and word for word,
// the text it was received as. Run by .ci/run, where the shared sources sit beside
// the repo:
//   node scripts/check-source.mjs ../shared [content]
// Every article whose seal names a `sourceFile` (relative to the shared folder) is
// compared with that file, which holds one paragraph per line (blank lines ignored).
// Nothing may be added, dropped, reordered or changed; an article without a
// `sourceFile` is listed as unchecked.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sealParagraphs } from '../src/editorial/seal.ts';

const [shared, contentDir = process.env.CONTENT_DIR ?? 'content'] = process.argv.slice(2);
if (!shared) {
  console.error('usage: node scripts/check-source.mjs <shared folder> [content folder]');
  process.exit(2);
}

const excerpt = (text) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The first word where two paragraphs part, as "word N: source "…", article "…"". */
function firstDifference(source, article) {
  const a = source.split(/(\s+)/);
  const b = article.split(/(\s+)/);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const word = Math.floor(i / 2) + 1;
  return `word ${word}: the source has "${excerpt(a.slice(i, i + 9).join(''))}", the article "${excerpt(b.slice(i, i + 9).join(''))}"`;
}

/** Every way the article's paragraphs depart from the source's, first to last. */
function compare(sourceParagraphs, articleParagraphs, bodyLine) {
  const problems = [];
  const count = Math.max(sourceParagraphs.length, articleParagraphs.length);
  for (let i = 0; i < count; i++) {
    const source = sourceParagraphs[i];
    const article = articleParagraphs[i];
    if (source === article?.text) continue;
    if (article === undefined) problems.push(`paragraph ${i + 1} of the source is missing: "${excerpt(source)}"`);
    else if (source === undefined)
      problems.push(
        `paragraph ${i + 1} (line ${bodyLine + article.line - 1}) is not in the source: "${excerpt(article.text)}"`,
      );
    else
      problems.push(
        `paragraph ${i + 1} (line ${bodyLine + article.line - 1}) differs at ${firstDifference(source, article.text)}`,
      );
  }
  if (sourceParagraphs.length !== articleParagraphs.length) {
    problems.unshift(`the source has ${sourceParagraphs.length} paragraphs, the article ${articleParagraphs.length}`);
  }
  return problems;
}

const folder = join(contentDir, 'articles');
let checked = 0;
let failed = 0;
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  const sourceFile = match && parse(match[1])?.seal?.sourceFile;
  if (!sourceFile) {
    console.log(`source check: ${path} names no seal.sourceFile; not checked`);
    continue;
  }
  checked++;
  const sourcePath = join(shared, sourceFile);
  if (!existsSync(sourcePath)) {
    failed++;
    console.error(`${path}: seal.sourceFile "${sourceFile}" is not in ${shared}`);
    continue;
  }
  const sourceParagraphs = readFileSync(sourcePath, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const bodyLine = match[0].split('\n').length;
  const problems = compare(sourceParagraphs, sealParagraphs(text.slice(match[0].length)), bodyLine);
  if (problems.length) {
    failed++;
    console.error(`${path} does not carry ${sourcePath} verbatim:\n  ${problems.join('\n  ')}`);
  }
}

console.log(`source check: ${checked - failed} passed, ${failed} failed`);
if (failed || checked === 0) {
  if (!checked) console.error('source check: no article names a seal.sourceFile');
  process.exit(1);
}
