import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardInput } from './card.ts';
import { cardFonts } from './fonts.ts';

/** Renders a card to PNG: satori lays it out as SVG, resvg rasterises it; no browser, no network. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await cardFonts(),
  });
  // satori writes every glyph as a path, so resvg needs no font: without
  // `loadSystemFonts: false` each `new Resvg` reads every font file installed on
  // the machine (hundreds of files, some 15 ms a card) and never uses one.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  return Buffer.from(resvg.render().asPng());
}
