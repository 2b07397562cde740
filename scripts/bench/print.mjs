// Prints the built site's pages to PDF in Chromium and Firefox ESR, on US Letter and A4,
// and reports how many sheets each takes and how full each sheet is: every article, each
// of its share pages, and the timelines. Writes the table to docs/figures/print.md.
//   npm run build && npm run bench:print
// Not a test: it fails nothing (tests/e2e/print.test.ts holds the article to its limits).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { firefoxPath } from '../engines.mjs';
import { startServer } from '../static-server.mjs';
import { articleIds } from '../../tests/content-files.ts';
import { chromiumPrinter, firefoxPrinter } from '../../tests/e2e/print-engines.ts';
import { readPdf } from '../../tests/e2e/print-pdf.ts';
import { table } from './table.mjs';

const root = process.env.ASTRO_OUT_DIR ?? 'dist';
const OUT = 'docs/figures/print.md';
const PAPERS = ['Letter', 'A4'];

const hasPage = (dir) => statSync(join(dir, 'index.html'), { throwIfNoEntry: false })?.isFile() ?? false;
const subpages = (path) =>
  readdirSync(join(root, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && hasPage(join(root, path, entry.name)))
    .map((entry) => `${path}${entry.name}/`)
    .sort();

// Share pages are the article's folders with a page; its notes' own pages are left out.
const paths = [
  ...articleIds().flatMap((id) => [`/${id}/`, ...subpages(`/${id}/`).filter((p) => !p.endsWith('/notes/'))]),
  '/timeline/',
  ...subpages('/timeline/'),
];

const { server, origin } = await startServer({ root, port: 0 });
const chromiumBrowser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const firefoxBrowser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
const engines = [
  ['Chromium', chromiumPrinter(chromiumBrowser)],
  ['Firefox', firefoxPrinter(firefoxBrowser)],
];

const percent = (fill) => `${Math.round(fill * 100)}`;
const rows = [];
try {
  for (const path of paths) {
    const row = [path];
    const fills = [];
    for (const [engine, print] of engines) {
      for (const paper of PAPERS) {
        const sheets = await readPdf(await print(origin + path, paper));
        row.push(sheets.length);
        if (paper === 'Letter') fills.push(`${engine}: ${sheets.map((s) => percent(s.fill)).join(' ')}`);
      }
    }
    row.push(fills.join('; '));
    rows.push(row);
    console.log(`${path}: ${row.slice(1, -1).join(', ')} sheets`);
  }
} finally {
  await Promise.all([chromiumBrowser.close(), firefoxBrowser.close()]);
  server.close();
}

const header = [
  'Page',
  'Chromium, Letter',
  'Chromium, A4',
  'Firefox, Letter',
  'Firefox, A4',
  'Fill of each Letter sheet, % of the text area',
];
console.log(`\n${table(header, rows)}`);
const markdown = [
  '# Printed pages',
  '',
  'Written by `npm run bench:print` (scripts/bench/print.mjs) from the build it printed: the',
  'sheets each page takes when printed to PDF, and how far down each US Letter sheet its text',
  'reaches (on a two-column sheet, the mean of the two columns).',
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map(
    (row) =>
      `| ${row.map((cell) => (typeof cell === 'string' && cell.startsWith('/') ? `\`${cell}\`` : cell)).join(' | ')} |`,
  ),
  '',
].join('\n');
mkdirSync('docs/figures', { recursive: true });
writeFileSync(OUT, markdown);
console.log(`\nwritten to ${OUT}`);
