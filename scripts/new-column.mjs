// `npm run new:column -- <id> --source <text file> [--publication <name>] [--byline <name>]`:
// starts a new column from the text as received. Writes content/articles/<id>.md with the
// frontmatter to fill in and the text as its body, one paragraph per line of the file (blank
// lines ignored, each line trimmed: as scripts/check-source.mjs and the seal read it), seals it
// with `npm run seal`, and makes content/notes/<id>/ for its notes. `npm run build` then
// names every field still to fill in. The publication and byline are sealed with the text
// (they say whose the text is), so give them here; changing them later means resealing.
// The text file may be anywhere; when it lies in the shared sources folder beside the repo
// (../shared, which CI checks every sealed column against), the seal records its path there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const USAGE = 'usage: npm run new:column -- <article-id> --source <text file> [--publication <name>] [--byline <name>]';
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  if (value === undefined) fail(`--${name} needs a value\n${USAGE}`, 2);
  return value;
};
function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

const source = option('source');
const publication = option('publication') ?? '';
const byline = option('byline');
const [id, ...rest] = args;
if (!id || !source || rest.length) fail(USAGE, 2);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  fail(`"${id}" is not a lowercase slug such as "blinken-beijing-2023": the id is the page's address`, 2);

const content = process.env.CONTENT_DIR ?? 'content';
const article = join(content, 'articles', `${id}.md`);
if (existsSync(article)) fail(`${article} already exists; choose another id`);
if (!existsSync(source)) fail(`${source}: no such file`);

const paragraphs = readFileSync(source, 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/\r\n?/g, '\n')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
if (paragraphs.length === 0) fail(`${source} holds no text`);

const shared = resolve('..', 'shared');
const inShared = resolve(source).startsWith(shared + sep) ? relative(shared, resolve(source)) : undefined;
const today = new Date().toISOString().slice(0, 10);
const quoted = (text) => JSON.stringify(text);

// Every required field is here, empty where only the editor can fill it in, so the build's
// schema errors name each one (src/schemas/article.ts documents them all).
const frontmatter = [
  '# Fill in every empty field (src/schemas/article.ts says what each holds); `npm run build` names any left.',
  'title: "" # our own title for the column',
  'dek: "" # our one- or two-sentence summary, shown under the title',
  `publication: ${quoted(publication)} # who published the original (sealed with the text)`,
  'published: "" # when the original ran: YYYY-MM-DD, or YYYY-MM',
  'publishedLabel: "" # the date in words, e.g. "late June 2023"',
  `byline: ${byline === undefined ? 'null' : quoted(byline)} # the author, or null when the text carries none (sealed with the text)`,
  'provenance: "" # where our copy of the text comes from and what was done to it before us',
  `annotated: ${quoted(today)} # when our notes were last reviewed`,
  'issues: [] # the issues it discusses: ids of content/issues/*.md (add new ones there)',
  'people: [] # the people it quotes or names: ids of content/people/*.md',
].join('\n');
mkdirSync(join(content, 'articles'), { recursive: true });
writeFileSync(article, `---\n${frontmatter}\n---\n\n${paragraphs.join('\n\n')}\n`);

const seal = spawnSync(process.execPath, ['scripts/seal.mjs', id, ...(inShared ? ['--source', inShared] : [])], {
  encoding: 'utf8',
  env: process.env,
});
if (seal.status !== 0) fail(`sealing ${article} failed:\n${seal.stderr}`);
mkdirSync(join(content, 'notes', id), { recursive: true });

console.log(`wrote ${article}: ${paragraphs.length} paragraphs from ${source}, sealed`);
console.log(
  inShared
    ? `the seal records the source as ${inShared} (CI checks the text against ../shared/${inShared})`
    : `the source is outside ../shared, so the seal records none (CI checks only columns whose source is there)`,
);
console.log(`made ${join(content, 'notes', id)}/ for its notes`);
console.log('next: fill in the empty fields, then `npm run dev` and add notes from the page with the editor’s desk');
