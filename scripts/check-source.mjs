// Checks that every line of the column as received is in an article's content
// file, verbatim and in order. Run by .ci/run, where the source sits beside the repo:
//   node scripts/check-source.mjs ../shared/source/column.txt content/articles/blinken-beijing-2023.md
import { readFileSync } from 'node:fs';

const [sourcePath, contentPath] = process.argv.slice(2);
if (!sourcePath || !contentPath) {
  console.error('usage: node scripts/check-source.mjs <column.txt> <content/articles/….md>');
  process.exit(2);
}

const lines = readFileSync(sourcePath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const content = readFileSync(contentPath, 'utf8');
const body = content.replace(/^---\n[\s\S]*?\n---\n/, '');

let from = 0;
const problems = [];
lines.forEach((line, i) => {
  const at = body.indexOf(line, from);
  if (at === -1) {
    const anywhere = body.indexOf(line) !== -1;
    problems.push(`line ${i + 1} ${anywhere ? 'is out of order' : 'is missing or altered'}: "${line.slice(0, 80)}"`);
  } else {
    from = at + line.length;
  }
});

if (problems.length) {
  console.error(`${contentPath} does not carry ${sourcePath} verbatim:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `source check: ${lines.length} passed, 0 failed (${contentPath} carries every line of ${sourcePath} in order)`,
);
