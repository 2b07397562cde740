import { existsSync } from 'node:fs';
import { access, copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cacheStats, cardFile, cardHash } from './cache.ts';
import type { CardInput } from './card.ts';
import { drawInPool, holdFor, workerCount } from './pool.ts';

export { CARD_HEIGHT, CARD_WIDTH, type BadgeTone, type CardInput } from './card.ts';
export { cacheStats, cardHash } from './cache.ts';

/** A card waiting to be started: its input, its hash, and how to settle its promise in `cards`. */
interface Queued {
  input: CardInput;
  hash: string;
  settle: { resolve: () => void; reject: (error: unknown) => void };
}

/** Every card planned or asked for, by hash: settles once it is in the cache folder (or failed). */
const cards = new Map<string, Promise<void>>();
/**
 * Cards not started yet: those asked for before they started, first, then the planned
 * ones by hash in the order they will be asked for (a Map keeps insertion order), so
 * that finding, moving and starting a card costs the same at 13 cards or 6,500.
 */
const asked: Queued[] = [];
const planned = new Map<string, Queued>();
/** Cards being looked up or drawn now, and the most there ever were at once (for the tests). */
export const drawing = { now: 0, most: 0 };

/** How many cards are drawn at once: two per thread, so that no thread waits for work. */
const inFlight = () => 2 * Math.max(1, workerCount());

/** A card's entry in `cards`, to be started from the queue. */
function enqueue(input: CardInput, hash: string): Queued {
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  // A failure surfaces when the card is asked for (previewCard), not as an unhandled rejection here.
  promise.catch(() => undefined);
  cards.set(hash, promise);
  return { input, hash, settle: { resolve, reject } };
}

/** Reads the card from the cache if it is there, else draws and stores it; the PNG stays on disk. */
function start({ input, hash, settle }: Queued) {
  const file = cardFile(hash);
  drawing.most = Math.max(drawing.most, ++drawing.now);
  access(file)
    .then(
      () => void cacheStats.hits++,
      () => {
        cacheStats.misses++;
        return drawInPool(input, file);
      },
    )
    .finally(() => {
      drawing.now--;
      pump();
    })
    .then(settle.resolve, settle.reject);
}

/** Starts queued cards while fewer than `inFlight()` are being drawn. */
function pump() {
  while (drawing.now < inFlight()) {
    const next = asked.shift() ?? planned.values().next().value;
    if (!next) return;
    planned.delete(next.hash);
    start(next);
  }
}

/**
 * Tells the renderer which cards the build will ask for, in order, and starts
 * drawing them at once: on worker threads while the build renders its pages,
 * a few at a time, each stored in the cache folder rather than kept in memory.
 * Cards already in the cache are only checked for.
 */
export function planCards(inputs: CardInput[]): void {
  for (const input of inputs) {
    const hash = cardHash(input);
    if (cards.has(hash)) continue;
    // A card already in the cache folder is ready: a check of a few microseconds here,
    // rather than a turn among the cards being drawn.
    if (existsSync(cardFile(hash))) {
      cacheStats.hits++;
      cards.set(hash, Promise.resolve());
    } else planned.set(hash, enqueue(input, hash));
  }
  pump();
}

/**
 * A 1200×630 PNG preview card, read from the cache folder (cache.ts) once it is
 * there; a card not started yet goes first in the queue of cards to draw (pool.ts).
 */
export async function previewCard(input: CardInput): Promise<Buffer> {
  return readFile(await cardReady(input));
}

/**
 * Puts a card, once it is in the cache folder, at `file` (the build's output): a hard
 * link to the cached file, which is never changed in place (a new card is written under
 * another name and renamed), or a copy where a link cannot be made (another file system).
 */
export async function copyCard(input: CardInput, file: string): Promise<void> {
  const from = await cardReady(input);
  await mkdir(dirname(file), { recursive: true });
  await link(from, file).catch(() => copyFile(from, file));
}

/** The card's file in the cache folder, once it is there; a card not started yet goes first. */
async function cardReady(input: CardInput): Promise<string> {
  const hash = cardHash(input);
  const waiting = planned.get(hash);
  if (waiting || !cards.has(hash)) {
    planned.delete(hash);
    asked.push(waiting ?? enqueue(input, hash));
    pump();
  }
  await holdFor(cards.get(hash)!);
  return cardFile(hash);
}
