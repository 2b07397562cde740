import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardInput } from './card.ts';
import { cardFonts } from './fonts.ts';

// One libvips thread and no operation cache: the pool's threads are the parallelism,
// and a cache would keep every card's pixels alive. This module is loaded by the
// build's thread too (pool.ts), which keeps libvips loaded while worker threads come
// and go (a library unloaded with a worker crashes the process on glibc, sharp#2263).
sharp.concurrency(1);
sharp.cache(false);

/**
 * zlib level of the card's PNG, measured by `scripts/bench/card-stages.mjs`: level 3
 * gives files as small as resvg's own encoder in under a third of its time; level 2
 * saves 0.4 ms a card for 11% larger files, level 6 saves 15% of the bytes for 3 ms
 * more a card. No adaptive filtering: on flat colour and text it costs 3× the time.
 */
export const PNG_LEVEL = 3;

/** The encoder's versions, part of every cache key: sharp's, and libvips', libpng's and zlib's inside it. */
export const encoderVersions = () => {
  const { sharp: version, vips, png, 'zlib-ng': zlib } = sharp.versions;
  return { sharp: version, vips, png, zlib };
};

/** Renders a card to PNG: satori lays it out as SVG, resvg rasterises it, sharp encodes it; no browser, no network. */
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
  return encodePng(resvg.render());
}

/**
 * The picture as PNG, encoded by libvips (sharp) from resvg's pixels: three times
 * faster than resvg's own encoder. resvg's pixels are premultiplied RGBA, which is
 * the same as straight RGBA here because the card's background is opaque.
 */
export function encodePng(image: { pixels: Buffer; width: number; height: number }): Promise<Buffer> {
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false })
    .toBuffer();
}
