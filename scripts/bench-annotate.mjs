// `npm run bench:annotate`: times the article pipeline with and without the annotation
// plugins on synthetic columns of 5 KB to 5 MB, with notes and terms in proportion, and
// prints a table; the figures also go to .bench/annotate.json and docs/figures/annotate.md.
// Not a test: it fails nothing.
// Targets (issue 3): annotated ÷ plain ≤ 1.5 at every size, and linear time
// (5 MB within 1.2 × 10 × the 500 KB time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../src/markdown/options.ts';
import { annotateMarkdown } from '../src/annotation/pipeline.ts';
import { writeFiguresDoc } from './bench/figures-doc.mjs';

const SIZES = [
  ['5 KB', 5_000],
  ['50 KB', 50_000],
  ['500 KB', 500_000],
  ['5 MB', 5_000_000],
];

/**
 * A column of about `bytes` bytes. Every paragraph has a unique clause that a note
 * anchors to (across emphasis, with curly quotes), and names one of the sections.
 * One note per two paragraphs; one section (two terms) per fifty paragraphs, at least five.
 */
function synthetic(bytes) {
  const paragraphs = [];
  const notes = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const envoy = Math.floor(i / 50);
    const text =
      `Delegation ${i} reviewed the *draft* of protocol ${i} with “great care” before Envoy ${envoy} spoke. ` +
      `The talks ran long; both sides said they must keep talking, and the summit’s agenda stayed open. ` +
      `Officials in Capital ${envoy} called the result “modest but real” and promised another round soon.`;
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 2;
    if (i % 2 === 0) {
      notes.push({
        name: `note-${i}`,
        file: `bench/note-${i}.md`,
        subject: `section-${envoy}`,
        target: [{ exact: `reviewed the draft of protocol ${i} with "great care"` }],
      });
    }
  }
  const count = Math.max(5, Math.ceil(paragraphs.length / 50));
  const sections = Array.from({ length: count }, (_, j) => ({
    id: `section-${j}`,
    file: `bench/section-${j}.md`,
    terms: [`Envoy ${j}`, `Capital ${j}`],
  }));
  return { markdown: paragraphs.join('\n\n'), notes, sections };
}

/**
 * Median time of each pipeline over `runs` rounds. The two alternate within each round,
 * so a busy machine slows both alike and the ratio stays fair.
 */
async function timePair(plainRun, annotatedRun, runs) {
  await plainRun(); // warm-up: JIT and module loading are not the pipeline's cost
  await annotatedRun();
  const samples = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [plainRun, annotatedRun].entries()) {
      const start = performance.now();
      await fn();
      samples[k].push(performance.now() - start);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return samples.map(median);
}

const plain = await unified(markdownOptions).createRenderer({ syntaxHighlight: false });
const rows = [];
for (const [label, bytes] of SIZES) {
  const { markdown, notes, sections } = synthetic(bytes);
  const runs = bytes >= 5_000_000 ? 3 : bytes >= 500_000 ? 5 : 15;
  const [without, withPlugins] = await timePair(
    () => plain.render(markdown),
    () => annotateMarkdown(markdown, { file: 'bench.md', notes, sections }),
    runs,
  );
  rows.push({
    size: label,
    bytes: Buffer.byteLength(markdown),
    notes: notes.length,
    terms: sections.length * 2,
    withoutMs: Math.round(without * 10) / 10,
    withMs: Math.round(withPlugins * 10) / 10,
    ratio: Math.round((withPlugins / without) * 100) / 100,
  });
}

const pad = (v, n) => String(v).padStart(n);
console.log(
  `${'size'.padEnd(7)}${pad('bytes', 10)}${pad('notes', 7)}${pad('terms', 7)}${pad('plain ms', 11)}${pad('annotated ms', 14)}${pad('ratio', 7)}`,
);
for (const r of rows) {
  console.log(
    `${r.size.padEnd(7)}${pad(r.bytes, 10)}${pad(r.notes, 7)}${pad(r.terms, 7)}${pad(r.withoutMs, 11)}${pad(r.withMs, 14)}${pad(r.ratio, 7)}`,
  );
}
const big = rows.at(-1);
const mid = rows.at(-2);
const growth = Math.round((big.withMs / mid.withMs) * 100) / 100;
const summary = {
  maxRatio: Math.max(...rows.map((r) => r.ratio)),
  ratioTarget: 1.5,
  growth5MbOver500Kb: growth,
  growthTarget: 12,
};
console.log(
  `\nannotated ÷ plain: at most ${summary.maxRatio} (target ≤ 1.5); ` +
    `5 MB ÷ 500 KB annotated time: ${growth} (target ≤ 12 for linear time)`,
);
mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/annotate.json',
  JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, summary }, null, 2) + '\n',
);
console.log('written to .bench/annotate.json');
writeFiguresDoc('annotate', {
  title: 'Annotation throughput',
  command: 'npm run bench:annotate',
  about:
    'The article pipeline timed with and without the annotation plugins on synthetic columns, ' +
    'with notes and terms in proportion to their length (median of several alternating runs).',
  sections: [
    {
      table: {
        header: ['Size', 'Bytes', 'Notes', 'Terms', 'Plain ms', 'Annotated ms', 'Annotated ÷ plain'],
        rows: rows.map((r) => [r.size, r.bytes, r.notes, r.terms, r.withoutMs, r.withMs, r.ratio]),
      },
      notes: [
        `Annotated ÷ plain at most ${summary.maxRatio} (target ≤ ${summary.ratioTarget}). ` +
          `The largest column's annotated time ÷ the next size's: ${growth} ` +
          `(target ≤ ${summary.growthTarget}, linear time for ten times the text).`,
      ],
    },
  ],
});
