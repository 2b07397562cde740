// What one preview card costs, stage by stage, in this thread, as src/cards/render.ts
// draws it: satori's layout to SVG, resvg's parse and rasterisation, and the PNG
// encoding by sharp. resvg's own PNG encoder, which the cards used before, is timed
// alongside for comparison (not counted in the card). This is the floor of a cold
// build: 13 cards a column, 5 of them issue cards with a map or chart. Processor time,
// not wall time, so that other work on the machine sways it less.
// `node scripts/bench/card-stages.mjs [cards]`; the table also goes to docs/figures/card-stages.md.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { parse as parseYaml } from 'yaml';
import { drawFigure } from '../../src/figures/draw.ts';
import { CARD } from '../../src/figures/options.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from '../../src/cards/card.ts';
import { cardFonts } from '../../src/cards/fonts.ts';
import { encodePng, PNG_LEVEL } from '../../src/cards/render.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { writeFiguresDoc } from './figures-doc.mjs';
import { table } from './table.mjs';

const count = Number(process.argv[2] ?? 40);
/** Processor milliseconds (user + system) since `start`, a `process.cpuUsage()`. */
const since = (start) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const figure = drawFigure(figureSchema.parse(parseYaml(readFileSync('content/figures/taiwan.yaml', 'utf8'))), CARD);
const fonts = await cardFonts();
const STAGES = [
  'satori (layout, text to paths)',
  'resvg: parse SVG',
  'resvg: rasterise',
  `sharp: PNG encode (level ${PNG_LEVEL})`,
];
const BEFORE = 'was: resvg PNG encode';

/** Median processor time of each stage and mean PNG sizes, over `count` cards made by `input(i)`. */
async function measure(input) {
  const times = Object.fromEntries([...STAGES, BEFORE].map((stage) => [stage, []]));
  const sizes = { now: 0, before: 0 };
  const [layout, parse, raster, encode] = STAGES.map((stage) => times[stage]);
  for (let i = 0; i < count; i++) {
    let t = process.cpuUsage();
    const svg = await satori(cardTree(input(i)), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    layout.push(since(t));
    t = process.cpuUsage();
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
    parse.push(since(t));
    t = process.cpuUsage();
    const image = resvg.render();
    raster.push(since(t));
    t = process.cpuUsage();
    sizes.now += (await encodePng(image)).length / count;
    encode.push(since(t));
    t = process.cpuUsage();
    sizes.before += image.asPng().length / count;
    times[BEFORE].push(since(t));
  }
  // The first cards warm up the JIT and the font cache: the median of the rest.
  const median = (list) => list.slice(5).sort((a, b) => a - b)[Math.floor((list.length - 5) / 2)];
  return { median: Object.fromEntries(Object.entries(times).map(([stage, list]) => [stage, median(list)])), sizes };
}

const card = (i) => ({
  kicker: 'Issue',
  title: `Section ${i} of a synthetic column`,
  context: `In “A synthetic column, number ${i}: what each side asked for”`,
  badges: [{ text: 'At the talks: refused', tone: 'refused' }],
  footer: 'Floorboards · floorboards.example',
});
const kinds = [await measure(card), await measure((i) => ({ ...card(i), figure }))];
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = ({ median }) => STAGES.reduce((sum, stage) => sum + median[stage], 0);
const column = ([plain, issue]) => total(plain) * 8 + total(issue) * 5;
const rows = [
  ...[...STAGES, BEFORE].map((stage) => [stage, ...kinds.map(({ median }) => ms(median[stage]))]),
  ['one card', ...kinds.map((kind) => ms(total(kind)))],
  ['PNG size (resvg’s encoder before)', ...kinds.map(({ sizes }) => `${kb(sizes.now)} (${kb(sizes.before)})`)],
];
const header = ['stage, processor time (median)', 'card without figure', 'issue card with map'];
const perColumn = `one column (8 cards without figure, 5 with): ${column(kinds).toFixed(0)} ms`;
console.log(table(header, rows));
console.log(perColumn);
writeFiguresDoc('card-stages', {
  title: 'What one preview card costs',
  command: 'node scripts/bench/card-stages.mjs',
  about:
    `Processor time of each stage of drawing a card in one thread, median of ${count} cards after five ` +
    "to warm up; resvg's own PNG encoder, which the cards used before, is timed alongside and not counted.",
  sections: [{ table: { header, rows }, notes: [`${perColumn[0].toUpperCase()}${perColumn.slice(1)}.`] }],
});
