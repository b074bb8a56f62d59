// One article's whole job — read, process, format — the same in the main
// thread and in a worker. Workers read their own files and return formatted
// text, so the main thread only orders and writes.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describeFsError, InputError } from '../input/errors.js';
import { type InputFormat } from '../input/source.js';
import { sourceFromFileBytes } from '../input/readers.js';
import { makeChalk } from '../report/color.js';
import { loadRenderer, type RenderOptions } from '../report/renderers/index.js';
import { isMainThread } from 'node:worker_threads';
import { formatChunk, formatResult, prepareFormat, type Chunk, type OutputFormat } from '../report/writer.js';
import type { SourceText } from '../types.js';
import { makeProcessor, type TaskName, type TaskOptions } from './tasks.js';

export interface JobSpec {
  task: TaskName;
  taskOptions: TaskOptions;
  /** how to format each result; null when only the value is wanted */
  render: { format: OutputFormat; color: boolean; width: number; options: RenderOptions; fields?: string[]; several?: boolean; folder?: boolean } | null;
  /** hand the processed value back too (for corpus summaries) */
  keepValue: boolean;
  /** the article format --input-format forces on files; null: by extension and content */
  format?: InputFormat | null;
}

export type Load = { kind: 'file'; path: string; encoding?: string; format?: InputFormat | null } | { kind: 'source'; source: SourceText };

export type JobOutcome =
  | { ok: true; chunk: Chunk; value?: unknown; bytes?: number; /** a doubtful decoding */ warning?: string }
  | { ok: false; message: string; /** the worker died, not the input */ crashed?: boolean };

/**
 * `syncReads`: a worker thread reads its files synchronously — blocking it is
 * harmless, and it skips a round trip through the process-wide I/O pool that
 * all workers share.
 */
export async function makeJobRunner(spec: JobSpec, syncReads = false): Promise<(load: Load) => Promise<JobOutcome>> {
  const process = await makeProcessor(spec.task, spec.taskOptions);
  const render = spec.render;
  const renderer = render ? await loadRenderer(spec.task, render.options) : null;
  if (render) await prepareFormat(render.format);
  const ctx = render ? { chalk: await makeChalk(render.color), width: render.width, fields: render.fields, several: render.several, folder: render.folder } : null;
  return async (load) => {
    let source: SourceText;
    let bytes: number;
    let warning: string | undefined;
    try {
      if (load.kind === 'source') {
        source = load.source;
        bytes = Buffer.byteLength(source.text);
      } else {
        ({ source, bytes } = await readSource(load.path, load.encoding, load.format ?? null, syncReads, (_, w) => (warning = w)));
      }
    } catch (e) {
      if (e instanceof InputError) return { ok: false, message: e.message };
      throw e;
    }
    try {
      const value = process(source);
      // A worker posts its chunk as text; the main thread writes JSON as it is made.
      const format = isMainThread ? formatChunk : formatResult;
      const chunk = render && renderer && ctx ? format(render.format, renderer, render.format === 'html' ? { ...ctx, source } : ctx, value) : '';
      const out: JobOutcome = spec.keepValue ? { ok: true, chunk, value, bytes } : { ok: true, chunk, bytes };
      if (warning) out.warning = warning;
      return out;
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  };
}

async function readSource(
  path: string,
  encoding: string | undefined,
  format: InputFormat | null,
  sync: boolean,
  warn: (path: string, message: string) => void,
): Promise<{ source: SourceText; bytes: number }> {
  let buf: Buffer;
  try {
    buf = sync ? readFileSync(path) : await readFile(path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
  return { source: await sourceFromFileBytes(path, buf, encoding, format, warn), bytes: buf.length };
}
