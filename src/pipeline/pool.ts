// Articles in parallel on worker threads, results handed back in input order.
// At most `window` articles are in flight or waiting to be written, so memory
// stays bounded whatever the corpus size.
import { Worker } from 'node:worker_threads';
import type { JobOutcome, JobSpec, Load } from './job.js';

/** Jobs queued at one worker: the next is already there when one finishes. */
const PER_WORKER = 8;

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, Set<number>>();
  private readonly waiting: { seq: number; load: Load }[] = [];
  private readonly pending = new Map<number, (o: JobOutcome) => void>();

  constructor(size: number, spec: JobSpec) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: spec });
      this.inFlight.set(w, new Set());
      w.on('message', (m: { seq: number; outcome: JobOutcome }) => {
        this.inFlight.get(w)?.delete(m.seq);
        this.settle(m.seq, m.outcome);
        this.dispatch();
      });
      w.on('error', (e) => {
        // A crashed worker fails its own articles; the others carry on.
        const mine = this.inFlight.get(w) ?? new Set<number>();
        this.inFlight.delete(w);
        const message =
          (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'too large to analyse in memory (its worker ran out of heap)'
            : `worker crashed: ${e.message}`;
        for (const seq of mine) this.settle(seq, { ok: false, message });
        if (this.inFlight.size === 0)
          for (const job of this.waiting.splice(0)) this.settle(job.seq, { ok: false, message: 'no worker left' });
        this.dispatch();
      });
      this.workers.push(w);
    }
  }

  run(seq: number, load: Load): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.waiting.push({ seq, load });
      this.dispatch();
    });
  }

  private settle(seq: number, o: JobOutcome): void {
    const done = this.pending.get(seq);
    this.pending.delete(seq);
    done?.(o);
  }

  private dispatch(): void {
    while (this.waiting.length) {
      let best: Worker | null = null;
      for (const [w, jobs] of this.inFlight)
        if (jobs.size < PER_WORKER && (!best || jobs.size < this.inFlight.get(best)!.size)) best = w;
      if (!best) return;
      const job = this.waiting.shift()!;
      this.inFlight.get(best)!.add(job.seq);
      best.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
