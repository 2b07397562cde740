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
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  return Buffer.from(png);
}
