import { cachedCard, cardHash } from './cache.ts';
import type { CardInput } from './card.ts';
import { renderInPool, workerCount } from './pool.ts';

export { CARD_HEIGHT, CARD_WIDTH, type BadgeTone, type CardInput } from './card.ts';
export { cacheStats, cardHash } from './cache.ts';

/** Cards started before they are asked for, by hash; each is handed out once. */
const started = new Map<string, Promise<Buffer>>();
/** The build's cards in the order they will be asked for, and where each hash sits in it. */
let plan: { inputs: CardInput[]; at: Map<string, number> } = { inputs: [], at: new Map() };

const start = (input: CardInput, hash: string) => {
  let card = started.get(hash);
  if (!card) {
    card = cachedCard(input, renderInPool);
    // A failure surfaces when the card is asked for, not as an unhandled rejection here.
    card.catch(() => undefined);
    started.set(hash, card);
  }
  return card;
};

/**
 * Tells the renderer which cards the build will ask for, in order, so that while
 * one is being written the next ones are already drawing on the other threads.
 */
export function planCards(inputs: CardInput[]): void {
  plan = { inputs, at: new Map(inputs.map((input, i) => [cardHash(input), i])) };
}

/** A 1200×630 PNG preview card, rendered once per distinct input (cache.ts) on a worker thread (pool.ts). */
export function previewCard(input: CardInput): Promise<Buffer> {
  const hash = cardHash(input);
  const card = start(input, hash);
  started.delete(hash);
  // Keep every thread busy with the cards that come next, and no more than that in memory.
  const i = plan.at.get(hash);
  if (i !== undefined) {
    const ahead = plan.inputs.slice(i + 1, i + 1 + 2 * Math.max(1, workerCount()));
    for (const next of ahead) start(next, cardHash(next));
  }
  return card;
}
