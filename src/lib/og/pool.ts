import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';
import type { CardJob, CardResult } from './render-worker.ts';

// Resolved from the project root, as fonts.ts does: a build runs this module from a
// bundled chunk in the output folder, where no source file is in reach. Node runs
// the TypeScript worker as it is (type stripping, Node 22.18 and later).
const WORKER_FILE = join(process.cwd(), 'src/lib/og/render-worker.ts');

/** How many threads draw cards: `OG_WORKERS`, else one per core; 0 draws in this thread. */
export function workerCount(): number {
  const wanted = Number(process.env.OG_WORKERS ?? availableParallelism());
  return Number.isInteger(wanted) && wanted >= 0 ? wanted : 1;
}

interface Pending {
  input: CardInput;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that render cards on every core while the build goes on. A thread
 * holds the process open only while it has work. If a thread cannot start (an older
 * Node without type stripping), its cards and all later ones are drawn in this thread.
 */
class CardPool {
  private threads: Thread[] = [];
  private nextId = 0;
  private broken = false;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  render(input: CardInput): Promise<Buffer> {
    if (this.broken || this.size === 0) return renderCard(input);
    if (this.threads.length < this.size) this.threads.push(this.start());
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, { input, resolve, reject });
      thread.worker.postMessage({ id, input } satisfies CardJob);
    });
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_FILE), pending: new Map() };
    thread.worker.unref();
    thread.worker.on('message', (result: CardResult) => {
      const job = thread.pending.get(result.id);
      if (!job) return;
      thread.pending.delete(result.id);
      if (thread.pending.size === 0) thread.worker.unref();
      if ('png' in result) job.resolve(Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
      else job.reject(new Error(`preview card "${job.input.title}": ${result.error}`));
    });
    const fallBack = () => {
      this.broken = true;
      this.threads = this.threads.filter((t) => t !== thread);
      for (const job of thread.pending.values()) renderCard(job.input).then(job.resolve, job.reject);
      thread.pending.clear();
    };
    thread.worker.on('error', fallBack);
    thread.worker.on('exit', fallBack);
    return thread;
  }
}

let pool: CardPool | undefined;

/** Renders a card on a worker thread of the build's pool. */
export function renderInPool(input: CardInput): Promise<Buffer> {
  pool ??= new CardPool(workerCount());
  return pool.render(input);
}
