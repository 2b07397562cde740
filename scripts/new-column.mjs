// `npm run new:column -- <id> --source <text file> [--publication <name>] [--byline <name>]
//   [--title …] [--dek …] [--published YYYY-MM(-DD)] [--published-label …] [--provenance …]
//   [--issues a,b] [--people c,d]`:
// starts a new column from the text as received. Every frontmatter field can be given as a
// flag, so a column can be started without opening its file; fields not given are left empty. Writes content/articles/<id>.md with the
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

const USAGE =
  'usage: npm run new:column -- <article-id> --source <text file> [--publication <name>] [--byline <name>] ' +
  '[--title <text>] [--dek <text>] [--published YYYY-MM or YYYY-MM-DD] [--published-label <text>] ' +
  '[--provenance <text>] [--issues <id,id>] [--people <id,id>]';
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
const given = {
  title: option('title') ?? '',
  dek: option('dek') ?? '',
  published: option('published') ?? '',
  publishedLabel: option('published-label') ?? '',
  provenance: option('provenance') ?? '',
};
/** A comma-separated list of ids as a YAML flow list. */
const ids = (value) =>
  `[${(value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .join(', ')}]`;
const issues = ids(option('issues'));
const people = ids(option('people'));
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
  `title: ${quoted(given.title)} # our own title for the column`,
  `dek: ${quoted(given.dek)} # our one- or two-sentence summary, shown under the title`,
  `publication: ${quoted(publication)} # who published the original (sealed with the text)`,
  `published: ${quoted(given.published)} # when the original ran: YYYY-MM-DD, or YYYY-MM`,
  `publishedLabel: ${quoted(given.publishedLabel)} # the date in words, e.g. "late June 2023"`,
  `byline: ${byline === undefined ? 'null' : quoted(byline)} # the author, or null when the text carries none (sealed with the text)`,
  `provenance: ${quoted(given.provenance)} # where our copy of the text comes from and what was done to it before us`,
  `annotated: ${quoted(today)} # when our notes were last reviewed`,
  `issues: ${issues} # the issues it discusses: ids of content/issues/*.md (add new ones there)`,
  `people: ${people} # the people it quotes or names: ids of content/people/*.md`,
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
const empty = Object.entries(given)
  .filter(([, value]) => value === '')
  .map(([field]) => field)
  .concat(issues === '[]' ? ['issues'] : []);
console.log(
  empty.length > 0
    ? `next: fill in ${empty.join(', ')} (or run again with their flags), then \`npm run dev\` and add notes from the page with the editor’s desk`
    : 'next: `npm run dev`, open the column, and add notes from the page with the editor’s desk',
);
