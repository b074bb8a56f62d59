// Runs one command over all inputs: expand → read → process (inline or on
// workers) → write in input order. Failures are reported per input and never
// stop the run.
import os from 'node:os';
import { expandInputs, type ExpandOptions, type InputItem } from '../input/index.js';
import { InputError, UsageError } from '../input/errors.js';
import { WorkerPool, type Outcome } from '../pipeline/pool.js';
import { makeProcessor, type TaskName, type TaskOptions } from '../pipeline/tasks.js';
import { colorWanted, makeChalk } from '../report/color.js';
import { OutputSink } from '../report/sink.js';
import { ResultWriter, type OutputFormat, type RenderContext, type Renderer } from '../report/writer.js';
import type { SourceText } from '../types.js';
import { Progress } from './progress.js';

export interface CommonOptions extends ExpandOptions {
  format?: OutputFormat;
  output?: string;
  color?: boolean;
  jobs?: number;
  progress?: boolean;
}

export interface RunSpec<R> {
  task: TaskName;
  taskOptions: TaskOptions;
  renderer: Renderer<R>;
  /** the format when none is given: for a terminal and for a pipe or file */
  defaultFormat: { terminal: OutputFormat; pipe: OutputFormat };
  /** sees every result (for corpus summaries) */
  onResult?: (r: R) => void;
  /** written after all results */
  trailer?: (format: OutputFormat, ctx: RenderContext) => string;
  /** when false, per-article results are not written (a corpus summary only) */
  writeResults?: boolean;
}

export function reportError(path: string, message: string): void {
  process.stderr.write(`wenxi: ${path}: ${message}\n`);
}

export async function runCommand<R>(inputs: string[], opts: CommonOptions, spec: RunSpec<R>): Promise<number> {
  const sink = await OutputSink.open(opts.output);
  const format = opts.format ?? (sink.isTerminal ? spec.defaultFormat.terminal : spec.defaultFormat.pipe);
  const chalk = await makeChalk(colorWanted(sink.isTerminal, opts.color));
  const ctx = { chalk, width: Math.max(60, process.stdout.columns || Number(process.env.COLUMNS) || 120) };
  const writer = new ResultWriter<R>(sink, format, spec.renderer, ctx);
  let failed = 0;
  let ok = false;
  try {
    const items = await collect(expandInputs(inputs, opts), opts.inputFormat === 'jsonl');
    const progress = Progress.maybe(items.known ? items.list.length : null, opts.progress);
    const framed = spec.writeResults !== false;
    if (framed) await writer.begin();
    const emit = async (item: InputItem, o: Outcome) => {
      progress?.tick(item.size ?? 0);
      if (!o.ok) {
        failed++;
        if (progress) progress.interrupt(() => reportError(item.path, o.message));
        else reportError(item.path, o.message);
        if (framed) await writer.error(item.path, o.message);
        return;
      }
      const r = o.value as R;
      spec.onResult?.(r);
      if (framed) await writer.result(r);
    };
    await processAll(items.stream, opts, spec, emit);
    progress?.stop();
    if (spec.trailer) await writer.trailer(spec.trailer(format, ctx));
    if (framed) await writer.end();
    ok = true;
  } finally {
    await sink.close(ok);
  }
  return failed ? 1 : 0;
}

/** File inputs are listed up front (for the progress total); JSON Lines stream. */
async function collect(
  gen: AsyncGenerator<InputItem>,
  streaming: boolean,
): Promise<{ known: boolean; list: InputItem[]; stream: AsyncIterable<InputItem> }> {
  if (streaming) return { known: false, list: [], stream: gen };
  const list: InputItem[] = [];
  for await (const it of gen) list.push(it);
  const replay = async function* () {
    yield* list;
  };
  return { known: true, list, stream: replay() };
}

async function read(item: InputItem): Promise<SourceText | Outcome> {
  if ('error' in item) return { ok: false, message: item.error.message };
  try {
    return await item.read();
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message };
    throw e;
  }
}

async function processAll<R>(
  stream: AsyncIterable<InputItem>,
  opts: CommonOptions,
  spec: RunSpec<R>,
  emit: (item: InputItem, o: Outcome) => Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, opts.jobs ?? os.availableParallelism());
  // Peek at two items: a single article is faster without workers.
  const it = stream[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  for (let i = 0; i < 2; i++) {
    const n = await it.next();
    if (n.done) break;
    head.push(n.value);
  }
  const rest = async function* () {
    yield* head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  };

  if (jobs === 1 || head.length < 2) {
    let processor: ((s: SourceText) => unknown) | null = null;
    for await (const item of rest()) {
      const src = await read(item);
      if ('ok' in src) {
        await emit(item, src);
        continue;
      }
      processor ??= await makeProcessor(spec.task, spec.taskOptions);
      let o: Outcome;
      try {
        o = { ok: true, value: processor(src) };
      } catch (e) {
        if (e instanceof UsageError) throw e;
        o = { ok: false, message: (e as Error).message };
      }
      await emit(item, o);
    }
    return;
  }

  const pool = new WorkerPool(jobs, spec.task, spec.taskOptions);
  const window = jobs * 4;
  const queue: { item: InputItem; outcome: Promise<Outcome> }[] = [];
  let seq = 0;
  try {
    for await (const item of rest()) {
      const src = await read(item);
      const outcome = 'ok' in src ? Promise.resolve(src) : pool.run(seq, src);
      seq++;
      queue.push({ item, outcome });
      while (queue.length >= window) {
        const first = queue.shift()!;
        await emit(first.item, await first.outcome);
      }
      // Stream out whatever is already done, in order.
      while (queue.length && (await settled(queue[0]!.outcome))) {
        const first = queue.shift()!;
        await emit(first.item, await first.outcome);
      }
    }
    for (const q of queue) await emit(q.item, await q.outcome);
  } finally {
    await pool.close();
  }
}

async function settled(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol();
  const r = await Promise.race([p, Promise.resolve(marker)]);
  return r !== marker;
}
