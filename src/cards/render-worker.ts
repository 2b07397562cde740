// A worker thread of the card pool (pool.ts): draws the cards it is sent, stores
// each in the cache folder and answers with the job's id, so that no PNG crosses
// between threads or waits in memory.
import { parentPort } from 'node:worker_threads';
import { writeAtomic } from '../lib/write-atomic.ts';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';

/** A job from the pool: the card, and the file to store it in. */
export interface CardJob {
  id: number;
  input: CardInput;
  file: string;
}

/** A worker's answer: stored, or why the card could not be drawn. */
export type CardResult = { id: number } | { id: number; error: string };

parentPort?.on('message', ({ id, input, file }: CardJob) => {
  renderCard(input)
    .then((png) => writeAtomic(file, png))
    .then(
      () => parentPort?.postMessage({ id } satisfies CardResult),
      (error: unknown) =>
        parentPort?.postMessage({ id, error: String((error as Error)?.stack ?? error) } satisfies CardResult),
    );
});
