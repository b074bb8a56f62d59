// The service's work queue: the CLI's worker pool, one job per request, with
// a time limit that cancels the work, a bound on waiting jobs (503 beyond it),
// and a worker's death failing only the request it was running.
import { WorkerPool } from '../pipeline/pool.js';
import type { JobOutcome, JobSpec } from '../pipeline/job.js';
import type { TaskName, TaskOptions } from '../pipeline/tasks.js';
import type { SourceText } from '../types.js';
import { ApiError } from './errors.js';
import { chunkText } from '../report/writer.js';

/** A short text that loads everything a job needs (the dictionary, the figure tables) before the service says it is ready. */
const WARM_TEXT = '经开区今年计划投资40亿元，新签约落地项目10个。\n惠及群众771户、1352人。';

/**
 * One job running and one waiting at each worker: the next starts without a
 * round trip through the main thread (which on a busy machine means waiting
 * to be scheduled twice), while the rest wait at the pool, where a hang-up
 * removes them and any idle worker can take them.
 */
const PER_WORKER = 2;

export interface JobRequest {
  task: TaskName;
  taskOptions: TaskOptions;
  source: SourceText;
  /** milliseconds left for this request */
  timeout: number;
  /** the client went away: stop the work */
  signal?: AbortSignal;
  /** the caller bounds its own jobs (a batch keeps a few lines ahead): wait, never 503 */
  selfBounded?: boolean;
  /** the result as `-f html` renders it (the page's report) instead of one NDJSON line */
  html?: boolean;
}

export class JobQueue {
  private readonly pool: WorkerPool;
  private seq = 0;
  /** requests submitted and not yet answered, queued ones included */
  private submitted = 0;
  ready = false;

  constructor(
    private readonly jobs: number,
    private readonly maxQueue: number,
    private readonly userDicts: string[],
  ) {
    this.pool = new WorkerPool(jobs, specFor('analyze', { userDicts }), {
      perWorker: PER_WORKER,
      workerUrl: new URL('./worker.js', import.meta.url),
      respawn: true,
    });
  }

  /** Every worker builds its analyze and figures jobs once, before the first request. */
  async warm(): Promise<void> {
    const source: SourceText = { path: '-', encoding: 'utf-8', format: 'text', text: WARM_TEXT, headingLines: [] };
    const warmups: Promise<JobOutcome>[] = [];
    for (let i = 0; i < this.jobs; i++) {
      warmups.push(this.pool.run(this.seq++, { kind: 'source', source }, specFor('analyze', { userDicts: this.userDicts })));
      warmups.push(this.pool.run(this.seq++, { kind: 'source', source }, specFor('figures', {})));
    }
    const outcomes = await Promise.all(warmups);
    const bad = outcomes.find((o) => !o.ok);
    if (bad && !bad.ok) throw new Error(`workers failed to start: ${bad.message}`);
    this.ready = true;
  }

  health(): { ready: boolean; workers: number; queue: number; running: number } {
    return { ready: this.ready, workers: this.pool.size, queue: this.pool.queued, running: this.submitted - this.pool.queued };
  }

  /** One article's result as the compact JSON text of `-f ndjson` (one line), or an ApiError. */
  async run(req: JobRequest): Promise<string> {
    const o = await this.outcome(req);
    if (o.ok) return o.chunk;
    throw o.error;
  }

  /** Like run, but a failure is a value: batch lines keep their place. */
  async outcome(req: JobRequest): Promise<{ ok: true; chunk: string } | { ok: false; error: ApiError }> {
    if (!req.selfBounded && this.pool.queued >= this.maxQueue) return { ok: false, error: busy() };
    const seq = this.seq++;
    let reason: ApiError | null = null;
    const stop = (why: ApiError) => {
      reason = why;
      this.pool.cancel(seq, why.message);
    };
    // A client that hangs up loses its place in the queue, but a started
    // analysis finishes: stopping a worker costs more than a few milliseconds
    // of work. Only the time limit stops a running analysis.
    const onAbort = () => {
      const why = new ApiError('bad_request', 'client closed the connection');
      if (this.pool.dequeue(seq, why.message)) reason = why;
    };
    const timedOut = () => stop(new ApiError('timeout', 'the request ran past the time limit (--timeout); its analysis was stopped'));
    const timer = setTimeout(timedOut, Math.max(1, req.timeout));
    req.signal?.addEventListener('abort', onAbort, { once: true });
    this.submitted++;
    try {
      const o = await this.pool.run(seq, { kind: 'source', source: req.source }, specFor(req.task, req.taskOptions, req.html ? 'html' : 'ndjson'));
      if (reason) return { ok: false, error: reason };
      if (o.ok) return { ok: true, chunk: chunkText(o.chunk) };
      if (o.crashed) return { ok: false, error: new ApiError('worker_failed', `the worker analysing this request died (${o.message}); it has been replaced`) };
      // The input was checked before it was queued: a failure here is wenxi's, not the client's.
      return { ok: false, error: new ApiError('internal', `the analysis failed: ${o.message}`) };
    } finally {
      this.submitted--;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function busy(): ApiError {
  return new ApiError('busy', 'too many requests waiting; retry shortly', { 'Retry-After': '1' });
}

/** The CLI's job for one command, rendering as `-f ndjson` (or `-f html`) does. */
function specFor(task: TaskName, taskOptions: TaskOptions, format: 'ndjson' | 'html' = 'ndjson'): JobSpec {
  return { task, taskOptions, render: { format, color: false, width: 120, options: {} }, keepValue: false };
}
