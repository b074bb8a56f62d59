// Options every command shares, and their parsing into typed values.
import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { checkEncodingName } from '../input/decode.js';
import { UsageError } from '../input/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/writer.js';
import type { CommonOptions } from './run.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function positiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

export function addCommonOptions(cmd: Command, formats: readonly OutputFormat[] = OUTPUT_FORMATS): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(formats))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--encoding <name>', 'decode inputs as NAME (utf-8, gb18030, gbk, utf-16le, …) instead of detecting')
    .addOption(new Option('--input-format <kind>', 'inputs are article files, or JSON Lines with one article per line').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'JSON Lines: the field holding the text', 'text')
    .option('--id-field <name>', 'JSON Lines: the field holding the id that replaces path', 'id')
    .option('--include <glob>', 'only files matching GLOB (repeatable)', collect)
    .option('--exclude <glob>', 'skip files matching GLOB (repeatable)', collect)
    .option('-j, --jobs <n>', `articles processed in parallel (default: cores, ${os.availableParallelism()})`, positiveInt)
    .option('--timeout <seconds>', 'URL inputs: give up after SECONDS (default: 20)', positiveNumber)
    .option('--max-size <MB>', 'URL inputs: largest page or file accepted, in MB (default: 20)', positiveNumber)
    .option('--no-progress', 'no progress bar on stderr')
    .option('--no-color', 'no colour (NO_COLOR works too)');
}

export function addSegmenterOptions(cmd: Command): Command {
  return cmd.option('--user-dict <file>', "extra user dictionary in jieba's format (repeatable)", collect);
}

export function commonOptions(raw: Record<string, unknown>): CommonOptions {
  const encoding = raw.encoding as string | undefined;
  if (encoding !== undefined && !checkEncodingName(encoding))
    throw new UsageError(`--encoding: unknown encoding "${encoding}"`);
  return {
    format: raw.format as OutputFormat | undefined,
    output: raw.output as string | undefined,
    encoding,
    inputFormat: raw.inputFormat as 'text' | 'jsonl',
    textField: raw.textField as string,
    idField: raw.idField as string,
    include: raw.include as string[] | undefined,
    exclude: raw.exclude as string[] | undefined,
    jobs: raw.jobs as number | undefined,
    progress: raw.progress as boolean,
    color: raw.color as boolean,
    timeout: raw.timeout as number | undefined,
    maxBytes: raw.maxSize !== undefined ? Math.round((raw.maxSize as number) * 1024 * 1024) : undefined,
  };
}

/** Check user dictionaries up front: a malformed one is a usage error. */
export async function checkUserDicts(files: string[] | undefined): Promise<string[]> {
  if (!files?.length) return [];
  const seg = await import('../segment/index.js');
  try {
    seg.configureSegmenter({ userDicts: files });
  } catch (e) {
    if (e instanceof seg.UserDictError) {
      const where = e.line !== null ? `${e.path}:${e.line}` : e.path;
      throw new UsageError(`${where}: ${e.message}`);
    }
    throw e;
  }
  return files;
}
