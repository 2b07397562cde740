// A worker thread of the card pool (pool.ts): renders the cards it is sent and
// posts each PNG back with the job's id.
import { parentPort } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';

/** A job from the pool. */
export interface CardJob {
  id: number;
  input: CardInput;
}

/** A worker's answer: the PNG, or why it could not be drawn. */
export type CardResult = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, input }: CardJob) => {
  renderCard(input).then(
    (png) => parentPort?.postMessage({ id, png } satisfies CardResult),
    (error: unknown) =>
      parentPort?.postMessage({ id, error: String((error as Error)?.stack ?? error) } satisfies CardResult),
  );
});
