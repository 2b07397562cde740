import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheStats, cardHash, planCards, previewCard, type CardInput } from '../../src/lib/og/index.ts';
import { renderInPool } from '../../src/lib/og/pool.ts';
import { renderCard } from '../../src/lib/og/render.ts';

const card = (title: string): CardInput => ({
  kicker: 'Issue',
  title,
  context: 'In “Patching the floor: Blinken’s Beijing trip, annotated”',
  badges: [{ text: 'At the talks: refused', tone: 'refused' }],
  footer: 'Floorboards · floorboards.example',
});

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'og-pool-test-'));
  process.env.OG_CACHE_DIR = cache;
  process.env.OG_WORKERS = '2';
});
afterAll(() => {
  delete process.env.OG_CACHE_DIR;
  delete process.env.OG_WORKERS;
  rmSync(cache, { recursive: true, force: true });
});

/** Resolves once `done()` holds, checking every 20 ms; fails the test after `ms`. */
async function until(done: () => boolean, ms = 50_000) {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the card pool', () => {
  test('worker threads draw the same bytes as this thread', async () => {
    const inputs = ['Taiwan', 'Fentanyl', 'Spy balloon'].map(card);
    const pooled = await Promise.all(inputs.map(renderInPool));
    for (const [i, input] of inputs.entries()) expect(pooled[i]!.equals(await renderCard(input))).toBe(true);
  }, 60_000);

  test('draws the planned cards ahead of the one asked for, each once', async () => {
    const inputs = ['One', 'Two', 'Three', 'Four', 'Five'].map((t) => card(`Section ${t}`));
    planCards(inputs);
    const misses = cacheStats.misses;
    await previewCard(inputs[0]!);
    // Asking for the first card starts the next ones (two per thread) without being asked.
    await until(() => inputs.slice(1, 5).every((input) => existsSync(join(cache, `${cardHash(input)}.png`))));
    for (const input of inputs) await previewCard(input);
    expect(cacheStats.misses - misses).toBe(inputs.length);
  }, 60_000);
});
