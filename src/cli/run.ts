// Runs one command over all inputs: expand → read → process → format (inline
// or on workers) → write in input order. Failures are reported per input and
// never stop the run.
import os from 'node:os';
import { expandInputs, type ExpandOptions, type InputItem } from '../input/index.js';
import { InputError } from '../input/errors.js';
import { makeJobRunner, type JobOutcome, type JobSpec, type Load } from '../pipeline/job.js';
import { WorkerPool } from '../pipeline/pool.js';
import type { TaskName, TaskOptions } from '../pipeline/tasks.js';
import { colorWanted, makeChalk } from '../report/color.js';
import { rendererFor, type RenderOptions } from '../report/renderers/index.js';
import { OutputSink } from '../report/sink.js';
import { ResultWriter, type OutputFormat, type RenderContext } from '../report/writer.js';
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
  renderOptions?: RenderOptions;
  /** the format when none is given: for a terminal and for a pipe or file */
  defaultFormat: { terminal: OutputFormat; pipe: OutputFormat };
  /** sees every result value (for corpus summaries); per-article results are then not written */
  onResult?: (r: R) => void;
  /** written after all results */
  trailer?: (format: OutputFormat, ctx: RenderContext) => string;
}

const FORMAT_BY_EXTENSION: Record<string, OutputFormat> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv',
  tsv: 'tsv',
  md: 'md',
  markdown: 'md',
  txt: 'text',
  html: 'html',
  htm: 'html',
};

/** -o figures.csv without -f: the file's extension says what it wants. */
function formatForFile(path: string | undefined): OutputFormat | undefined {
  const ext = path?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return ext ? FORMAT_BY_EXTENSION[ext] : undefined;
}

const errorLine = (path: string, message: string) => `wenxi: ${path}: ${message}\n`;

export function reportError(path: string, message: string): void {
  process.stderr.write(errorLine(path, message));
}

export async function runCommand<R>(inputs: string[], opts: CommonOptions, spec: RunSpec<R>): Promise<number> {
  const sink = await OutputSink.open(opts.output);
  const format =
    opts.format ?? formatForFile(opts.output) ?? (sink.isTerminal ? spec.defaultFormat.terminal : spec.defaultFormat.pipe);
  const color = colorWanted(sink.isTerminal, opts.color);
  const width = Math.max(60, process.stdout.columns || Number(process.env.COLUMNS) || 120);
  const summaryOnly = Boolean(spec.onResult);
  const job: JobSpec = {
    task: spec.task,
    taskOptions: spec.taskOptions,
    render: summaryOnly ? null : { format, color, width, options: spec.renderOptions ?? {} },
    keepValue: summaryOnly,
  };
  const writer = new ResultWriter(sink, format, rendererFor(spec.task, spec.renderOptions).header);
  let failed = 0;
  let ok = false;
  try {
    const items = await collect(expandInputs(inputs, opts), opts.inputFormat === 'jsonl');
    const progress = Progress.maybe(items.known ? items.list.length : null, opts.progress);
    if (!summaryOnly) await writer.begin();
    const emit = async (item: InputItem, o: JobOutcome) => {
      progress?.tick(o.ok ? (o.bytes ?? 0) : 0);
      if (!o.ok) {
        failed++;
        if (progress) progress.log(errorLine(item.path, o.message));
        else reportError(item.path, o.message);
        if (!summaryOnly) await writer.error(item.path, o.message);
        return;
      }
      if (summaryOnly) spec.onResult!(o.value as R);
      else await writer.write(o.chunk);
    };
    await processAll(items.stream, opts, job, emit);
    progress?.stop();
    if (spec.trailer) await writer.trailer(spec.trailer(format, { chalk: await makeChalk(color), width }));
    if (!summaryOnly) await writer.end();
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

/** What to hand a job: a file it reads itself, or text read here (stdin, JSON Lines). */
async function loadOf(item: InputItem, opts: CommonOptions, inWorker: boolean): Promise<Load | JobOutcome> {
  if ('error' in item) return { ok: false, message: item.error.message };
  if (inWorker && item.file) return { kind: 'file', path: item.file, encoding: opts.encoding };
  try {
    return { kind: 'source', source: await item.read() };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message };
    throw e;
  }
}

async function processAll(
  stream: AsyncIterable<InputItem>,
  opts: CommonOptions,
  job: JobSpec,
  emit: (item: InputItem, o: JobOutcome) => Promise<void>,
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

  // One article, or -j 1: no workers. Jobs still overlap their file reads
  // with the processing of the one before.
  const inline = jobs === 1 || head.length < 2;
  let runner: Promise<(l: Load) => Promise<JobOutcome>> | null = null;
  const pool = inline ? null : new WorkerPool(jobs, job);
  const submit = (seq: number, load: Load): Promise<JobOutcome> => {
    if (pool) return pool.run(seq, load);
    runner ??= makeJobRunner(job, true);
    return runner.then((run) => run(load));
  };
  // Enough in flight to keep every worker busy; bounded so memory is too.
  const window = inline ? 2 : jobs * 32;
  const queue: { item: InputItem; outcome: Promise<JobOutcome> }[] = [];
  let seq = 0;
  let inFlightBytes = 0;
  const drainReady = async () => {
    while (queue.length && (await settled(queue[0]!.outcome))) {
      const first = queue.shift()!;
      inFlightBytes -= first.item.size ?? 0;
      await emit(first.item, await first.outcome);
    }
  };
  try {
    for await (const item of rest()) {
      const load = await loadOf(item, opts, true);
      const outcome = 'ok' in load ? Promise.resolve(load) : submit(seq, load);
      seq++;
      queue.push({ item, outcome });
      inFlightBytes += item.size ?? 0;
      while (queue.length >= window || (queue.length > 1 && inFlightBytes > MAX_BYTES_IN_FLIGHT)) {
        const first = queue.shift()!;
        inFlightBytes -= first.item.size ?? 0;
        await emit(first.item, await first.outcome);
      }
      await drainReady();
    }
    for (const q of queue) await emit(q.item, await q.outcome);
  } finally {
    await pool?.close();
  }
}

/** Large files count against the window by size too: a folder of 50 MB files must not all be in memory at once. */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

async function settled(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol();
  const r = await Promise.race([p, Promise.resolve(marker)]);
  return r !== marker;
}
