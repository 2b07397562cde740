import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeAtomic } from '../lib/write-atomic.ts';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';
import type { CardJob, CardResult } from './render-worker.ts';

// Resolved from the project root, as fonts.ts does: a build runs this module from a
// bundled chunk in the output folder, where no source file is in reach. Node runs
// the TypeScript worker as it is (type stripping, Node 22.18 and later).
const WORKER_FILE = join(process.cwd(), 'src/cards/render-worker.ts');

/** How many threads draw cards: `OG_WORKERS`, else one per core; 0 draws in this thread. */
export function workerCount(): number {
  const wanted = Number(process.env.OG_WORKERS ?? availableParallelism());
  return Number.isInteger(wanted) && wanted >= 0 ? wanted : 1;
}

interface Pending {
  job: CardJob;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Draws a card in this thread and stores it. */
const drawHere = async (input: CardInput, file: string) => writeAtomic(file, await renderCard(input));

/**
 * Worker threads that draw cards on every core while the build goes on, each
 * storing its cards in the cache folder. The threads never hold the process open
 * by themselves: cards drawn ahead that nobody waits for are given up when the
 * build ends; a card the build waits for holds it open (`hold`). If a thread
 * cannot start (an older Node without type stripping), its cards and all later
 * ones are drawn in this thread.
 */
class CardPool {
  private threads: Thread[] = [];
  private nextId = 0;
  private broken = false;
  private holds = 0;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  /** Draws the card into `file`; resolves once it is stored there. */
  draw(input: CardInput, file: string): Promise<void> {
    if (this.broken || this.size === 0) return drawHere(input, file);
    if (this.threads.length < this.size) this.threads.push(this.start());
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const job: CardJob = { id: this.nextId++, input, file };
    return new Promise((resolve, reject) => {
      thread.pending.set(job.id, { job, resolve, reject });
      thread.worker.postMessage(job);
    });
  }

  /** Keeps the process open until `card` settles: the build is waiting for it. */
  async hold(card: Promise<void>): Promise<void> {
    if (this.holds++ === 0) for (const { worker } of this.threads) worker.ref();
    try {
      await card;
    } finally {
      if (--this.holds === 0) for (const { worker } of this.threads) worker.unref();
    }
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_FILE), pending: new Map() };
    thread.worker.on('message', (result: CardResult) => {
      const pending = thread.pending.get(result.id);
      if (!pending) return;
      thread.pending.delete(result.id);
      if ('error' in result) pending.reject(new Error(`preview card "${pending.job.input.title}": ${result.error}`));
      else pending.resolve();
    });
    const fallBack = () => {
      this.broken = true;
      this.threads = this.threads.filter((t) => t !== thread);
      for (const { job, resolve, reject } of thread.pending.values())
        drawHere(job.input, job.file).then(resolve, reject);
      thread.pending.clear();
    };
    thread.worker.on('error', fallBack);
    thread.worker.on('exit', fallBack);
    // After the listeners: adding a 'message' listener refs the thread again.
    if (this.holds === 0) thread.worker.unref();
    return thread;
  }
}

let pool: CardPool | undefined;
const thePool = () => (pool ??= new CardPool(workerCount()));

/** Draws a card on a worker thread of the build's pool and stores it in `file`. */
export const drawInPool = (input: CardInput, file: string): Promise<void> => thePool().draw(input, file);

/** Keeps the process open while the build waits for `card`. */
export const holdFor = (card: Promise<void>): Promise<void> => thePool().hold(card);
