// `npm run bench:figures`: draws every figure in content/figures/ as the build does and
// prints its size, raw and gzipped, for the page's SVG and the preview card's. With
// FIGURES_OUT=<dir> it also writes the page's SVG files there (docs/figures/ holds the docs').
// The table goes to docs/figures/figure-sizes.md.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { drawFigure } from '../src/figures/draw.ts';
import { CARD, PAGE } from '../src/figures/options.ts';
import { figureSchema } from '../src/schemas/figure.ts';
import { writeFiguresDoc } from './bench/figures-doc.mjs';

const dir = join(process.env.CONTENT_DIR ?? 'content', 'figures');
const out = process.env.FIGURES_OUT;
if (out) mkdirSync(out, { recursive: true });

const rows = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const figure = figureSchema.parse(parse(readFileSync(join(dir, name), 'utf8')));
    const started = performance.now();
    const page = drawFigure(figure, PAGE);
    const ms = performance.now() - started;
    const card = drawFigure(figure, CARD);
    if (out) writeFileSync(join(out, name.replace(/\.yaml$/, '.svg')), page.svg);
    const bytes = (svg: string) => Buffer.byteLength(svg);
    const gz = (svg: string) => gzipSync(svg, { level: 9 }).length;
    return {
      figure: name.replace(/\.yaml$/, ''),
      kind: figure.kind,
      size: `${page.width}×${page.height}`,
      'page B': bytes(page.svg),
      'page gzip B': gz(page.svg),
      'card B': bytes(card.svg),
      'draw ms': Math.round(ms),
    };
  });

console.table(rows);
const total = rows.reduce((sum, row) => sum + row['page B'], 0);
const totalGz = rows.reduce((sum, row) => sum + row['page gzip B'], 0);
console.log(`figures: ${rows.length}; page SVGs ${total} B in all, ${totalGz} B gzipped`);
writeFiguresDoc('figure-sizes', {
  title: 'Figure sizes',
  command: 'npm run bench:figures',
  about:
    "Every figure in content/figures/ drawn as the build draws it: the page's SVG, raw and gzipped (level 9), " +
    "and the preview card's drawing, which has no text.",
  sections: [
    {
      table: {
        header: ['Figure', 'Kind', 'Size', 'SVG bytes', 'gzipped bytes', 'card SVG bytes', 'draw ms'],
        rows: rows.map((r) => [r.figure, r.kind, r.size, r['page B'], r['page gzip B'], r['card B'], r['draw ms']]),
      },
      notes: [`${rows.length} figures; page SVGs ${total} bytes in all, ${totalGz} gzipped.`],
    },
  ],
});
