// Articles in parallel on worker threads, results handed back in input order.
// At most `window` articles are in flight or waiting to be written, so memory
// stays bounded whatever the corpus size.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { JobOutcome, JobSpec, Load } from './job.js';

/** Jobs queued at one worker: the next is already there when one finishes. */
const PER_WORKER = 8;

/** What a long-running caller (the HTTP service) needs beyond the CLI's defaults. */
export interface PoolOptions {
  /** jobs queued at one worker (default 8): the next is there when one finishes */
  perWorker?: number;
  /** the worker script (default ./worker.js); it answers `{seq, load, spec?}` with `{seq, outcome}` */
  workerUrl?: URL;
  /** start a new worker when one dies or is cancelled */
  respawn?: boolean;
  resourceLimits?: ResourceLimits;
}

interface Job {
  seq: number;
  load: Load;
  spec?: JobSpec;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** jobs sent to each worker, in the order it takes them: the first is the one it is running */
  private readonly inFlight = new Map<Worker, Map<number, Job>>();
  private readonly waiting: Job[] = [];
  private readonly pending = new Map<number, (o: JobOutcome) => void>();
  private readonly perWorker: number;
  private closing = false;

  constructor(
    size: number,
    private readonly spec: JobSpec,
    private readonly opts: PoolOptions = {},
  ) {
    this.perWorker = opts.perWorker ?? PER_WORKER;
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const url = this.opts.workerUrl ?? new URL('./worker.js', import.meta.url);
    const w = new Worker(url, { workerData: this.spec, resourceLimits: this.opts.resourceLimits });
    this.inFlight.set(w, new Map());
    w.on('message', (m: { seq: number; outcome: JobOutcome }) => {
      this.inFlight.get(w)?.delete(m.seq);
      this.settle(m.seq, m.outcome);
      this.dispatch();
    });
    // A crashed worker fails its own articles; the others carry on. A worker
    // that exits (process.exit, out of memory) emits only 'exit'.
    w.on('error', (e) =>
      this.lost(
        w,
        (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'too large to analyse in memory (its worker ran out of heap)'
          : `worker crashed: ${e.message}`,
      ),
    );
    w.on('exit', (code) => this.lost(w, `worker exited (code ${code})`));
    this.workers.push(w);
  }

  private lost(w: Worker, message: string): void {
    const mine = this.inFlight.get(w);
    if (!mine) return; // already handled (error then exit, or a cancel)
    this.inFlight.delete(w);
    const at = this.workers.indexOf(w);
    if (at >= 0) this.workers.splice(at, 1);
    // The worker was running its first job; the others had not started, so
    // they go back to the front of the queue rather than fail with it.
    const [running, ...queued] = [...mine.values()];
    if (running) this.settle(running.seq, { ok: false, message, crashed: true });
    this.waiting.unshift(...queued.filter((j) => this.pending.has(j.seq)));
    if (this.opts.respawn && !this.closing) this.spawn();
    if (this.inFlight.size === 0)
      for (const job of this.waiting.splice(0)) this.settle(job.seq, { ok: false, message: 'no worker left', crashed: true });
    this.dispatch();
  }

  /** `spec` overrides the pool's job for this one article (the worker must support it). */
  run(seq: number, load: Load, spec?: JobSpec): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.waiting.push(spec ? { seq, load, spec } : { seq, load });
      this.dispatch();
    });
  }

  /**
   * Give up on a job: dropped if still waiting; if a worker is running it, the
   * worker is stopped (a synchronous analysis cannot be interrupted otherwise)
   * and the jobs queued behind it go back to the pool's queue.
   */
  cancel(seq: number, message: string): void {
    if (this.dequeue(seq, message)) return;
    for (const [w, jobs] of this.inFlight) {
      if (!jobs.has(seq)) continue;
      this.settle(seq, { ok: false, message });
      // Not started yet: it stays in the worker's queue and its answer is dropped.
      if (jobs.keys().next().value !== seq) return;
      this.lost(w, message);
      void w.terminate();
      return;
    }
  }

  /** Drop a job that no worker has started; false if one has (it then runs to its end). */
  dequeue(seq: number, message: string): boolean {
    const i = this.waiting.findIndex((j) => j.seq === seq);
    if (i < 0) return false;
    this.waiting.splice(i, 1);
    this.settle(seq, { ok: false, message });
    return true;
  }

  /** Jobs not yet handed to a worker. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Jobs the workers would take now without queueing any (0: every worker has its queue full). */
  get spare(): number {
    let n = 0;
    for (const jobs of this.inFlight.values()) n += Math.max(0, this.perWorker - jobs.size);
    return Math.max(0, n - this.waiting.length);
  }

  /** Workers alive now. */
  get size(): number {
    return this.inFlight.size;
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
        if (jobs.size < this.perWorker && (!best || jobs.size < this.inFlight.get(best)!.size)) best = w;
      if (!best) return;
      const job = this.waiting.shift()!;
      this.inFlight.get(best)!.set(job.seq, job);
      best.postMessage(job);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
