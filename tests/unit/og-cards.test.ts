import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cardHash } from '../../src/cards/cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardInput } from '../../src/cards/card.ts';
import { cardFonts } from '../../src/cards/fonts.ts';
import { renderCard } from '../../src/cards/render.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card: CardInput = {
  kicker: 'Issue',
  title: 'Taiwan',
  context: 'In “Patching the floor: Blinken’s Beijing trip, annotated”',
  badges: [{ text: 'At the talks: no movement', tone: 'no-movement' }],
  footer: 'Floorboards · floorboards.example',
};

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'og-cards-test-'));
  process.env.OG_CACHE_DIR = cache;
});
afterAll(() => {
  delete process.env.OG_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

describe('renderCard', () => {
  test('draws a 1200×630 PNG without a browser or network', async () => {
    expect(pngSize(await renderCard(card))).toEqual({ width: 1200, height: 630 });
  });

  test('keeps the size for a long title and no badge', async () => {
    const long = { ...card, title: 'A'.repeat(30) + ' ' + 'very long section name '.repeat(5), badges: [] };
    expect(pngSize(await renderCard(long))).toEqual({ width: 1200, height: 630 });
  });

  test('holds the very pixels resvg draws, as resvg’s own PNG encoder writes them', async () => {
    const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: await cardFonts(),
    });
    const resvgPng = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
    const decode = (png: Buffer) => sharp(png).raw().toBuffer({ resolveWithObject: true });
    const [ours, theirs] = await Promise.all([decode(await renderCard(card)), decode(resvgPng)]);
    expect(ours.info).toMatchObject({ width: 1200, height: 630, channels: 4 });
    expect(ours.data.equals(theirs.data)).toBe(true);
  });

  test('draws different pictures for different inputs', async () => {
    const a = await renderCard(card);
    const b = await renderCard({ ...card, badges: [{ text: 'At the talks: refused', tone: 'refused' }] });
    expect(a.equals(b)).toBe(false);
  });
});

describe('the content-hash cache', () => {
  test('a later build reads back the cards whose inputs did not change and draws the others', async () => {
    const load = async () => {
      vi.resetModules();
      return import('../../src/cards/index.ts');
    };
    const first = await load();
    const png = await first.previewCard(card);
    expect(readdirSync(cache)).toContain(`${first.cardHash(card)}.png`);
    const next = await load();
    expect((await next.previewCard(card)).equals(png)).toBe(true);
    await next.previewCard({ ...card, title: 'Fentanyl' });
    await next.previewCard({ ...card, footer: 'Floorboards · other.example' });
    expect(next.cacheStats).toEqual({ hits: 1, misses: 2 });
  });

  test('keys on every field: equal inputs hash alike, different inputs differ', () => {
    expect(cardHash({ ...card })).toBe(cardHash(card));
    const variants = [
      { ...card, kicker: 'Person' },
      { ...card, context: 'In another column' },
      { ...card, badges: [] },
      { ...card, badges: [{ text: card.badges![0]!.text, tone: 'agreed' as const }] },
    ];
    const hashes = new Set([card, ...variants].map(cardHash));
    expect(hashes.size).toBe(variants.length + 1);
  });
});
