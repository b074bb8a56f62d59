// Runs one command over all inputs: expand → read → process → format (inline
// or on workers) → write in input order. Failures are reported per input and
// never stop the run.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import { InputError, UsageError } from '../input/errors.js';
import { expandInputs, forcedFormat, JSONL_EXTENSIONS, type ExpandOptions, type InputItem } from '../input/expand.js';
import { makeJobRunner, type JobOutcome, type JobSpec, type Load } from '../pipeline/job.js';
import type { TaskName, TaskOptions } from '../pipeline/tasks.js';
import { colorWanted, makeChalk } from '../report/color.js';
import { loadRenderer, type RenderOptions } from '../report/renderers/index.js';
import { OutputSink } from '../report/sink.js';
import { prepareFormat, ResultWriter, type OutputFormat, type RenderContext } from '../report/writer.js';
import type { ColorMode } from './options.js';
import { Progress } from './progress.js';

export interface CommonOptions extends ExpandOptions {
  format?: OutputFormat;
  output?: string;
  /** csv/tsv/table columns to keep, by header name */
  fields?: string[];
  color?: ColorMode;
  jobs?: number;
  progress?: boolean;
  /** no warnings, no progress bar; errors are still said */
  quiet?: boolean;
  /** --text-field or --id-field was given */
  jsonlFieldsGiven?: boolean;
  /** --script, handed to every task */
  script?: 'hans' | 'hant';
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

/** Usage errors that only the whole command line shows. */
function checkUsage(inputs: string[], opts: CommonOptions, header: string[]): void {
  if (opts.jsonlFieldsGiven && opts.inputFormat !== 'jsonl' && !inputs.some((a) => JSONL_EXTENSIONS.some((x) => a.toLowerCase().endsWith(x))))
    throw new UsageError('--text-field/--id-field: only for JSON Lines input (--input-format jsonl, or .jsonl files)');
  for (const f of opts.fields ?? [])
    if (!header.includes(f)) throw new UsageError(`--fields: unknown column "${f}" (columns: ${header.join(', ')})`);
}

/** More workers than cores only compete, and more than inputs sit idle. */
/** Below this many inputs a default run stays in the main thread: starting workers costs more than they save. */
export const MIN_INPUTS_FOR_WORKERS = 8;

/**
 * Below this many bytes of input a default run on two cores stays in the main
 * thread: measured with analyze (2026-12-02, alternating runs), -j 2 took
 * 1.1–1.3× the time of -j 1 on 4 MB (430 articles), the same on 8 and 12 MB,
 * and gained from about 20 MB (1.16–1.3×); the workers' start and the second
 * isolate's warm-up are only won back on large runs.
 */
export const MIN_BYTES_FOR_WORKERS_ON_TWO_CORES = 16e6;

/**
 * The worker count. An explicit -j is capped by the cores and the inputs. The
 * default follows `npm run bench`: with workers, analyze (segmentation is
 * native code) gains on this 2-core machine, but figure extraction — regular
 * expressions and small objects — does not (two threads do 1.2× the work of
 * one here; two independent processes ~1.0× of one, and -j 2, with the main
 * thread as one of its two threads, 0.8× of -j 1 at best), so `figures` runs in one
 * thread unless the machine has more than two cores, and small runs never
 * start workers.
 */
export function workerCount(requested: number | undefined, inputs: number | null, task?: string, bytes?: number | null): number {
  const cores = os.availableParallelism();
  let n = Math.min(requested ?? cores, cores);
  if (requested === undefined) {
    if (inputs !== null && inputs < MIN_INPUTS_FOR_WORKERS) n = 1;
    if (task === 'figures' && cores <= 2) n = 1;
    if (cores <= 2 && bytes != null && bytes < MIN_BYTES_FOR_WORKERS_ON_TWO_CORES) n = 1;
  }
  if (inputs !== null) n = Math.min(n, inputs);
  return Math.max(1, n);
}

/**
 * -o DIR/ (a name ending in a slash, or an existing directory) with -f html,
 * or without -f: the HTML report as a folder of pages. Other formats have no
 * folder form: with a slash that is a usage error, and an existing directory
 * fails to open as a file, as before.
 */
async function folderOutput(opts: CommonOptions, summaryOnly: boolean): Promise<string | null> {
  const out = opts.output;
  if (!out || out === '-' || (opts.format && opts.format !== 'html')) {
    if (out && opts.format && /[\\/]$/.test(out)) throw new UsageError(`-o ${out}: only -f html writes a folder; give a file name for -f ${opts.format}`);
    return null;
  }
  const slash = /[\\/]$/.test(out);
  if (summaryOnly) {
    // stats writes one summary, never a folder; an existing directory fails to open as a file, as before
    if (slash) throw new UsageError(`-o ${out}: this command writes one file, not a folder; give a file name (-o summary.html)`);
    return null;
  }
  if (!slash && !(await stat(out).then((s) => s.isDirectory(), () => false))) return null;
  return out;
}

/** Above this size, a one-file report takes long to open: the folder form is suggested on stderr. */
export const LARGE_REPORT_BYTES = 20e6;

export async function runCommand<R>(inputs: string[], opts: CommonOptions, spec: RunSpec<R>): Promise<number> {
  const header = (await loadRenderer(spec.task, spec.renderOptions)).header;
  checkUsage(inputs, opts, header);
  const summaryOnly = Boolean(spec.onResult);
  const folder = await folderOutput(opts, summaryOnly);
  // A folder of pages writes nothing to stdout; each page has its own temporary file.
  const sink = await OutputSink.open(folder ? null : opts.output);
  const layout = folder ? await (await import('../report/html/folder.js')).HtmlFolder.open(folder) : undefined;
  const format: OutputFormat = folder
    ? 'html'
    : (opts.format ?? formatForFile(opts.output) ?? (sink.isTerminal ? spec.defaultFormat.terminal : spec.defaultFormat.pipe));
  const terminal = sink.isTerminal && !folder;
  const color = colorWanted(terminal, opts.color);
  const width = terminalWidth(terminal);
  await prepareFormat(format);
  const writer = new ResultWriter(sink, format, opts.fields ?? header, layout);
  let failed = 0;
  let ok = false;
  let progress: Progress | null = null;
  // Warnings and errors go above the bar, whole; --quiet drops warnings only.
  const say = (line: string) => (progress ? progress.log(line) : process.stderr.write(line));
  const warn = (path: string, message: string) => {
    if (!opts.quiet) say(errorLine(path, `warning: ${message}`));
  };
  try {
    const streaming = opts.inputFormat === 'jsonl' || inputs.some((a) => JSONL_EXTENSIONS.some((x) => a.toLowerCase().endsWith(x)));
    const items = await collect(expandInputs(inputs, { ...opts, warn }), streaming);
    const count = items.known ? items.list.length : null;
    const job: JobSpec = {
      task: spec.task,
      taskOptions: opts.script ? { ...spec.taskOptions, script: opts.script } : spec.taskOptions,
      render: summaryOnly
        ? null
        : { format, color, width, options: spec.renderOptions ?? {}, fields: opts.fields, several: count === null || count > 1, folder: Boolean(folder) },
      keepValue: summaryOnly,
      format: forcedFormat(opts),
    };
    // No bar when results go to the same terminal: the two would interleave.
    progress = terminal ? null : Progress.maybe(count, opts.progress);
    if (!summaryOnly) await writer.begin();
    const emit = async (item: InputItem, o: JobOutcome) => {
      progress?.tick(o.ok ? (o.bytes ?? 0) : 0);
      if (o.ok && o.warning) warn(item.path, o.warning);
      if (!o.ok) {
        failed++;
        say(errorLine(item.path, o.message));
        if (!summaryOnly) await writer.error(item.path, o.message);
        return;
      }
      if (summaryOnly) spec.onResult!(o.value as R);
      else await writer.write(o.chunk);
    };
    await processAll(items.stream, opts, job, emit, workerCount(opts.jobs, count, spec.task, items.known ? items.list.reduce((n, it) => n + (it.size ?? 0), 0) : null));
    progress?.stop();
    progress = null;
    if (spec.trailer) await writer.trailer(spec.trailer(format, { chalk: await makeChalk(color), width, fields: opts.fields }));
    if (!summaryOnly) await writer.end();
    ok = true;
  } finally {
    progress?.stop();
    if (!ok) await layout?.abort();
    await sink.close(ok);
  }
  if (format === 'html' && !folder && opts.output && opts.output !== '-' && !opts.quiet) {
    const size = await stat(opts.output).then((s) => (s.isFile() ? s.size : 0), () => 0);
    if (size > LARGE_REPORT_BYTES)
      process.stderr.write(
        errorLine(opts.output, `note: ${(size / 1e6).toFixed(0)} MB in one page opens slowly in a browser; -o ${opts.output.replace(/\.html?$/i, '')}/ writes a folder of pages instead`),
      );
  }
  return failed ? 1 : 0;
}

/** The terminal's width for tables; for a file or pipe, COLUMNS or a page-like 120. */
function terminalWidth(isTerminal: boolean): number {
  const cols = isTerminal ? process.stdout.columns : undefined;
  return cols || Number(process.env.COLUMNS) || 120;
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
  if (inWorker && item.file) return { kind: 'file', path: item.file, encoding: opts.encoding, format: forcedFormat(opts) };
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
  jobs: number,
): Promise<void> {
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
  // figures with workers: the main thread is one of the -j threads and runs
  // an article itself whenever the workers' queues are full, so -j 2 starts
  // one worker, not two — one isolate fewer to start and to compile the
  // extraction code for, which is most of what -j 2 lost against two
  // processes. Analyses stay in workers only: a crash or an out-of-memory
  // on one article then fails that article alone.
  const shareMain = !inline && job.task === 'figures';
  let runner: Promise<(l: Load) => Promise<JobOutcome>> | null = null;
  const runHere = (load: Load): Promise<JobOutcome> => {
    runner ??= makeJobRunner(job, true);
    return runner.then((run) => run(load));
  };
  // the pool's module too is loaded only by the runs that start workers
  const pool = inline ? null : new (await import('../pipeline/pool.js')).WorkerPool(shareMain ? jobs - 1 : jobs, job);
  /** Where an article runs; settles once it is placed (and, when here, run). */
  const place = async (seq: number, load: Load): Promise<{ outcome: Promise<JobOutcome> }> => {
    if (pool && shareMain) {
      // let the workers' answers in first, so that their queues are seen as they are
      await new Promise(setImmediate);
      if (pool.spare === 0) return { outcome: Promise.resolve(await runHere(load)) };
    }
    return { outcome: pool ? pool.run(seq, load) : runHere(load) };
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
      const { outcome } = 'ok' in load ? { outcome: Promise.resolve(load) } : await place(seq, load);
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
