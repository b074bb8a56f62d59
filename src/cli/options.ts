// Options every command shares, and their parsing into typed values.
import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { checkEncodingName } from '../input/decode.js';
import { UsageError } from '../input/errors.js';
import { INPUT_FORMATS, type InputFormatChoice } from '../input/expand.js';
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

export function addCommonOptions(cmd: Command, formats: readonly OutputFormat[] = OUTPUT_FORMATS, defaults = 'table on a terminal, else json'): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', `output format (default: ${defaults})`).choices(formats))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output; - is standard output; DIR/ (or an existing directory) writes the HTML report as a folder of pages')
    .option('--fields <list>', 'csv/tsv/table: only these columns, in this order (comma-separated header names)')
    .option('--encoding <name>', 'decode inputs as NAME (utf-8, gb18030, gbk, big5, utf-16le, …) instead of detecting')
    .addOption(new Option('--script <script>', 'inputs are Simplified (hans) or Traditional (hant) Chinese, instead of detecting').choices(['hans', 'hant']))
    .addOption(
      new Option('--input-format <kind>', 'read inputs as this kind instead of by extension and content (jsonl: one article per line)').choices(INPUT_FORMATS),
    )
    .option('--text-field <name>', 'JSON Lines: the field holding the text (default: text)')
    .option('--id-field <name>', 'JSON Lines: the field holding the id that replaces path (default: id)')
    .option('--include <glob>', 'only files matching GLOB, relative to the directory searched (repeatable)', collect)
    .option('--exclude <glob>', 'skip files matching GLOB, relative to the directory searched (repeatable)', collect)
    .option('-j, --jobs <n>', `articles processed in parallel (at most the cores, ${os.availableParallelism()}, and the inputs; default: all cores for 8 inputs or more, one thread for fewer and, on a machine of 2 cores, for figures)`, positiveInt)
    .option('-q, --quiet', 'no progress bar and no warnings (errors are still printed)')
    .option('--timeout <seconds>', 'URL inputs: give up after SECONDS (default: 20)', positiveNumber)
    .option('--max-size <MB>', 'URL inputs: largest page or file accepted, in MB (default: 20)', positiveNumber)
    .option('--no-progress', 'no progress bar on stderr')
    .addOption(new Option('--color [when]', 'colour: --color=auto (on a terminal), --color=always (or bare --color), --color=never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (NO_COLOR works too)');
}

export function addSegmenterOptions(cmd: Command): Command {
  return cmd.option('--user-dict <file>', "extra user dictionary in jieba's format (repeatable)", collect);
}

export type ColorMode = 'auto' | 'always' | 'never';

function colorMode(v: unknown): ColorMode {
  if (v === false) return 'never';
  if (v === true) return 'always'; // bare --color, as ls and grep read it
  return (v as ColorMode | undefined) ?? 'auto';
}

function fieldList(v: unknown): string[] | undefined {
  if (typeof v !== 'string') return undefined;
  const list = v.split(/[,，\s]+/).filter(Boolean);
  if (!list.length) throw new UsageError('--fields: give at least one column name');
  return list;
}

export function commonOptions(raw: Record<string, unknown>, explicit: Set<string> = new Set()): CommonOptions {
  const encoding = raw.encoding as string | undefined;
  if (encoding !== undefined && !checkEncodingName(encoding))
    throw new UsageError(`--encoding: unknown encoding "${encoding}"`);
  const inputFormat = raw.inputFormat as InputFormatChoice | undefined;
  const output = raw.output === '-' ? undefined : (raw.output as string | undefined);
  return {
    format: raw.format as OutputFormat | undefined,
    output,
    fields: fieldList(raw.fields),
    encoding,
    inputFormat,
    textField: (raw.textField as string | undefined) ?? 'text',
    idField: (raw.idField as string | undefined) ?? 'id',
    jsonlFieldsGiven: explicit.has('textField') || explicit.has('idField'),
    include: raw.include as string[] | undefined,
    exclude: raw.exclude as string[] | undefined,
    jobs: raw.jobs as number | undefined,
    quiet: Boolean(raw.quiet),
    progress: raw.progress !== false && !raw.quiet,
    color: colorMode(raw.color),
    script: raw.script as 'hans' | 'hant' | undefined,
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
    // its message already starts with FILE:LINE
    if (e instanceof seg.UserDictError) throw new UsageError(e.message);
    throw e;
  }
  return files;
}
