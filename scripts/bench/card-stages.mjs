// What one preview card costs, stage by stage, in this thread: satori's layout to
// SVG, resvg's parse, its rasterisation and its PNG encoding. This is the floor of a
// cold build: 13 cards a column. Processor time, not wall time, so that other work
// on the machine sways it less. `node scripts/bench/card-stages.mjs [cards]`.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from '../../src/lib/og/card.ts';
import { cardFonts } from '../../src/lib/og/fonts.ts';
import { table } from './table.mjs';

const count = Number(process.argv[2] ?? 40);
/** Processor milliseconds (user + system) since `start`, a `process.cpuUsage()`. */
const since = (start) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const fonts = await cardFonts();
const stages = {
  'satori (layout, text to paths)': [],
  'resvg: parse SVG': [],
  'resvg: rasterise': [],
  'resvg: PNG encode': [],
};
const [layout, parse, raster, encode] = Object.values(stages);
for (let i = 0; i < count; i++) {
  const input = {
    kicker: 'Issue',
    title: `Section ${i} of a synthetic column`,
    context: `In “A synthetic column, number ${i}: what each side asked for”`,
    badges: [{ text: 'At the talks: refused', tone: 'refused' }],
    footer: 'Floorboards · floorboards.example',
  };
  let t = process.cpuUsage();
  const svg = await satori(cardTree(input), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  layout.push(since(t));
  t = process.cpuUsage();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  parse.push(since(t));
  t = process.cpuUsage();
  const image = resvg.render();
  raster.push(since(t));
  t = process.cpuUsage();
  image.asPng();
  encode.push(since(t));
}
// The first cards warm up the JIT and the font cache: the median of the rest.
const median = (list) => list.slice(5).sort((a, b) => a - b)[Math.floor((list.length - 5) / 2)];
const rows = Object.entries(stages).map(([stage, list]) => [stage, `${median(list).toFixed(1)} ms`]);
const card = Object.values(stages).reduce((sum, list) => sum + median(list), 0);
rows.push(['one card', `${card.toFixed(1)} ms`], ['one column (13 cards)', `${(card * 13).toFixed(0)} ms`]);
console.log(table(['stage', 'processor time, median'], rows));
