// The rules README.md and docs/*.md are held to (tests/unit/docs.test.ts): no measured
// figure typed by hand, a commands table that is package.json's scripts, and relative
// links that lead somewhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parse = (markdown: string): Root => unified().use(remarkParse).parse(markdown);

// A number as prose writes it (41,442 · 0.92 · 7.3.5), then any unit of size, time,
// length, share or count. `1200×630` is a size asked for (a dimension), not a
// measurement, so × followed by a number is not a unit.
const QUANTITY = new RegExp(
  String.raw`(?<![\w.,])\d(?:[\d,]*\d)?(?:\.\d+)*` +
    String.raw`(?:\s?(?:KB|MB|GB|B|ms|px²?|%|×(?!\s?\d)|x)(?!\w)|\s(?:s|seconds?|min|minutes?|bytes|tests?|pages?)\b)?`,
  'g',
);

/** The figures in `text`: a number with a unit, or a decimal (2.098), not a version (7.3.5). */
function figuresIn(text: string): string[] {
  return [...text.matchAll(QUANTITY)]
    .map((match) => match[0])
    .filter((figure) => !/^[\d,.]+$/.test(figure) || figure.split('.').length === 2);
}

/**
 * Measured quantities written into a doc by hand: a number with a unit (B, KB, MB, GB,
 * ms, s, px, %, ×, tests, pages…) or a decimal number, anywhere in its prose, headings,
 * tables or image descriptions. Fenced code blocks and inline code quote code, commands
 * and messages and are not read, except inline code that holds nothing but a number with
 * a unit; a version is written as code (`22.18`).
 * Link targets are not prose. Figures belong in the generated tables under docs/figures/.
 */
export function measuredQuantities(markdown: string): string[] {
  const found: string[] = [];
  visit(parse(markdown), (node) => {
    if (node.type === 'text') found.push(...figuresIn(node.value));
    else if (node.type === 'image' && node.alt) found.push(...figuresIn(node.alt));
    else if (node.type === 'inlineCode') {
      // Code may hold a version (`22.18`), but not a measurement dressed as code (`0.92 s`).
      const figures = figuresIn(node.value).filter((figure) => !/^[\d,.]+$/.test(figure));
      if (figures.length === 1 && node.value.replace(figures[0], '').replace(/[\s~≈≤≥<>]/g, '') === '')
        found.push(node.value);
    }
  });
  return found;
}

/** The scripts a README's "Commands" table lists: `npm test`, `npm start`, `npm run <name> …`. */
export function commandsTableScripts(readme: string): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => /^##\s+Commands\s*$/.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^#{1,2}\s/.test(line));
  const rows = lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => {
    const cell = row.split('|')[1].trim();
    const command = /`npm (?:run )?([^\s`]+)/.exec(cell);
    return command ? command[1] : cell;
  });
}

/** The ids GitHub gives a markdown file's headings, as `#fragment`s link to them. */
export function headingIds(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(parse(markdown), 'heading', (heading) => {
    ids.add(slugger.slug(toString(heading)));
  });
  return ids;
}

/** Every relative link and image of a markdown file that leads nowhere: a missing file or heading. */
export function brokenLinks(file: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (target: string) =>
    ids.get(target) ?? ids.set(target, headingIds(readFileSync(target, 'utf8'))).get(target)!;
  visit(parse(markdown), (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url;
    if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return;
    const [path, fragment] = url.split('#', 2) as [string, string | undefined];
    const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    if (!existsSync(target)) return void broken.push(`${url}: no file ${path}`);
    if (fragment === undefined || statSync(target).isDirectory() || !target.endsWith('.md')) return;
    if (!idsOf(target).has(decodeURIComponent(fragment)))
      broken.push(`${url}: no heading #${fragment} in ${path || 'this file'}`);
  });
  return broken;
}

/** The docs these rules hold: README.md and every docs/*.md (the generated docs/figures/ apart). */
export function docFiles(root: string): string[] {
  const docs = join(root, 'docs');
  const names = existsSync(docs) ? readdirSync(docs).filter((name) => name.endsWith('.md')) : [];
  return [join(root, 'README.md'), ...names.sort().map((name) => join(docs, name))];
}
