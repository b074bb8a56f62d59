// Articles in parallel on worker threads, results handed back in input order.
// At most `window` articles are in flight or waiting to be written, so memory
// stays bounded whatever the corpus size.
import { Worker } from 'node:worker_threads';
import type { JobOutcome, JobSpec, Load } from './job.js';

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { seq: number; load: Load }[] = [];
  private readonly pending = new Map<number, (o: JobOutcome) => void>();
  private readonly busy = new Map<Worker, number>();

  constructor(size: number, spec: JobSpec) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: spec });
      w.on('message', (m: { seq: number; outcome: JobOutcome }) => {
        this.busy.delete(w);
        const done = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        done?.(m.outcome);
        this.release(w);
      });
      w.on('error', (e) => {
        const seq = this.busy.get(w);
        if (seq !== undefined) {
          this.pending.get(seq)?.({ ok: false, message: `worker crashed: ${e.message}` });
          this.pending.delete(seq);
        }
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(seq: number, load: Load): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.waiting.push({ seq, load });
      this.dispatch();
    });
  }

  private release(w: Worker): void {
    this.idle.push(w);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const w = this.idle.shift()!;
      const job = this.waiting.shift()!;
      this.busy.set(w, job.seq);
      w.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
