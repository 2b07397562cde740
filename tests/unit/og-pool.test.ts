import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { CardInput } from '../../src/cards/card.ts';

const card = (title: string): CardInput => ({
  kicker: 'Issue',
  title,
  context: 'In “Patching the floor: Blinken’s Beijing trip, annotated”',
  badges: [{ text: 'At the talks: refused', tone: 'refused' }],
  footer: 'Floorboards · floorboards.example',
});
const cards = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => card(`${prefix} ${i + 1}`));

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

/** The card modules as a new build loads them: no card planned or drawn yet, a new pool. */
async function build() {
  vi.resetModules();
  return {
    ...(await import('../../src/cards/index.ts')),
    ...(await import('../../src/cards/cache.ts')),
    ...(await import('../../src/cards/pool.ts')),
  };
}

/** Resolves once `done()` holds, checking every 20 ms; fails the test after `ms`. */
async function until(done: () => boolean, ms = 50_000) {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the card pool', () => {
  test('worker threads store the same bytes as this thread draws', async () => {
    const { cardFile, cardHash, drawInPool } = await build();
    const { renderCard } = await import('../../src/cards/render.ts');
    const inputs = ['Taiwan', 'Fentanyl', 'Spy balloon'].map(card);
    await Promise.all(inputs.map((input) => drawInPool(input, cardFile(cardHash(input)))));
    for (const input of inputs)
      expect(readFileSync(cardFile(cardHash(input))).equals(await renderCard(input))).toBe(true);
  }, 60_000);

  test('draws every planned card before it is asked for, each once', async () => {
    const { planCards, previewCard, cacheStats, cardFile, cardHash } = await build();
    const inputs = cards('Planned', 6);
    const files = inputs.map((input) => cardFile(cardHash(input)));
    planCards(inputs);
    await until(() => files.every((file) => existsSync(file)));
    for (const [i, input] of inputs.entries())
      expect((await previewCard(input)).equals(readFileSync(files[i]!))).toBe(true);
    planCards(inputs);
    for (const input of inputs) await previewCard(input);
    expect(cacheStats).toEqual({ hits: 0, misses: inputs.length });
  }, 60_000);

  test('draws at most two cards a thread at once', async () => {
    const { planCards, previewCard, drawing } = await build();
    const inputs = cards('Bounded', 16);
    planCards(inputs);
    for (const input of inputs) await previewCard(input);
    // Two threads (OG_WORKERS): the slots fill, and never overflow.
    expect(drawing.most).toBe(4);
    expect(drawing.now).toBe(0);
  }, 60_000);

  test('a card the next build finds in the cache is read back, not drawn', async () => {
    const first = await build();
    const inputs = cards('Kept', 3);
    const drawn = await Promise.all(inputs.map(first.previewCard));
    const next = await build();
    next.planCards([...inputs, card('Kept new')]);
    const read = await Promise.all(inputs.map(next.previewCard));
    expect(read.every((png, i) => png.equals(drawn[i]!))).toBe(true);
    await next.previewCard(card('Kept new'));
    expect(next.cacheStats).toEqual({ hits: 3, misses: 1 });
  }, 60_000);

  test('a card that cannot be drawn fails when it is asked for, and no other', async () => {
    const { planCards, previewCard } = await build();
    const broken = { ...card('Broken'), figure: { svg: 'not an SVG', width: 10, height: 10 } };
    const fine = card('Fine');
    planCards([broken, fine]);
    // Drawing ahead fails first; vitest fails the run on an unhandled rejection.
    await expect(previewCard(fine)).resolves.toBeInstanceOf(Buffer);
    await expect(previewCard(broken)).rejects.toThrow(/preview card "Broken".*Failed to parse SVG/s);
  }, 60_000);
});

describe('a build process', () => {
  const run = promisify(execFile);
  /** A child process that plans 40 cards and asks for the last one if `ask`; what it printed, the cards it stored. */
  async function child(name: string, ask: boolean) {
    const dir = join(cache, name);
    const script = join(cache, `${name}.mjs`);
    writeFileSync(
      script,
      `import { planCards, previewCard } from ${JSON.stringify(pathToFileURL('src/cards/index.ts').href)};
      const inputs = ${JSON.stringify(cards(name, 40))};
      planCards(inputs);
      if (${ask}) previewCard(inputs.at(-1)).then((png) => console.log(png.length));`,
    );
    // Killed if it hangs, so that a failing test leaves no process behind.
    const options = { env: { ...process.env, OG_CACHE_DIR: dir }, timeout: 40_000, killSignal: 'SIGKILL' as const };
    const { stdout } = await run(process.execPath, [script], options);
    const stored = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.png')).length : 0;
    return { stdout, stored };
  }

  test('does not wait for cards drawn ahead that it never asks for', async () => {
    const { stored } = await child('Unasked', false);
    expect(stored).toBeLessThan(40);
  }, 60_000);

  test('stays open for a card it asks for, which goes ahead of the plan', async () => {
    const { stdout, stored } = await child('Asked', true);
    expect(Number(stdout)).toBeGreaterThan(10_000);
    expect(stored).toBeLessThan(40);
  }, 60_000);
});
