import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks, commandsTableScripts, docFiles, measuredQuantities } from '../docs-rules.ts';

const root = process.cwd();
const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const scripts = Object.keys(manifest.scripts);
const docs = docFiles(root).map((file) => [relative(root, file), file] as const);

describe('the README', () => {
  test('is the front door: at most 250 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(250);
  });

  test('gives the install and test commands CI runs', () => {
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
  });

  test('states the Node range of package.json and the version of .nvmrc as they are', () => {
    expect(readme).toContain(`\`${manifest.engines.node}\``);
    expect(readme).toContain(`\`${readFileSync('.nvmrc', 'utf8').trim()}\``);
  });

  test('lists every script of package.json in its commands table, and nothing else', () => {
    const listed = commandsTableScripts(readme);
    expect(
      listed.filter((name) => !scripts.includes(name)),
      'in the table, not in package.json',
    ).toEqual([]);
    expect(
      scripts.filter((name) => !listed.includes(name)),
      'in package.json, not in the table',
    ).toEqual([]);
    expect(new Set(listed).size, 'a script listed twice').toBe(listed.length);
  });
});

describe('docs quote no measured figure by hand (they link the tables in docs/figures/)', () => {
  test.each(docs)('%s', (_, file) => {
    expect(measuredQuantities(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('relative links in the docs lead to a file and heading that exist', () => {
  test.each(docs)('%s', (_, file) => {
    expect(brokenLinks(file)).toEqual([]);
  });
});

// The rules themselves, on lines the README carried when its figures had drifted from the code.
describe('the rules catch what they are for', () => {
  test('numbers with units, ratios and counts in prose and tables', () => {
    const text = [
      '| HTML (CSS and JS inline; no other files) | 28,580 B (120,761 B raw) |',
      'The page went from 2.71 × to 2.46 × by cutting markup; the ratio is 2.098.',
      'a card costs about 3 ms; LCP 0.92 s; peak 1,974 MB; 547 tests; 1,309 pages; 8.4 px; 15%.',
      'Inline code holding only a figure: `0.92 s`.',
    ].join('\n');
    expect(measuredQuantities(text)).toEqual([
      '28,580 B',
      '120,761 B',
      '2.71 ×',
      '2.46 ×',
      '2.098',
      '3 ms',
      '0.92 s',
      '1,974 MB',
      '547 tests',
      '1,309 pages',
      '8.4 px',
      '15%',
      '0.92 s',
    ]);
  });

  test('code, versions, dimensions, dates and link targets are not figures', () => {
    const text = [
      'Run `npm run seal -- blinken-beijing-2023` with Node `>=22.18` or `24.1`; Astro 7.3.5 and Lighthouse 13.',
      'A 1200×630 PNG; the events of 2023-06-19; p-17; [issue 206](https://github.com/w3c/web-annotation/issues/206).',
      '```text',
      'whole builds 4.85 s cold',
      '```',
    ].join('\n');
    expect(measuredQuantities(text)).toEqual([]);
  });

  test('a commands table is read as the scripts it names', () => {
    const table = [
      '## Commands',
      '',
      '| Command | What it does |',
      '| --- | --- |',
      '| `npm test` | everything |',
      '| `npm start` | build and serve |',
      '| `npm run seal -- <article>` | reseal |',
      '',
      '## Next',
      '| `npm run other` | not in the table |',
    ].join('\n');
    expect(commandsTableScripts(table)).toEqual(['test', 'start', 'seal']);
  });
});
