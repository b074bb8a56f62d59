// Command-line inputs → an ordered stream of things to read. Errors take the
// place of the input they belong to, so output order stays the input order.
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type picomatchTypes from 'picomatch';
import type { SourceText } from '../types.js';
import { describeFsError, InputError, UsageError } from './errors.js';
import { checkInputSize } from './limits.js';
import { DOCUMENT_EXTENSIONS, sourceFromFileBytes } from './readers.js';
import { type InputFormat } from './source.js';
import { URL_PATTERN } from './url-data.js';
import { lazy } from '../util/lazy.js';

// Loaded by the runs that use them (globs, JSON Lines, URLs), not by every `wenxi figures FILE`
const picomatch = lazy<typeof picomatchTypes>('picomatch');
const jsonlRecords: typeof import('./jsonl.js').jsonlRecords = async function* (...args) {
  yield* (await import('./jsonl.js')).jsonlRecords(...args);
};
const readUrl: typeof import('./url.js').readUrl = async (...args) => (await import('./url.js')).readUrl(...args);
const isUrl = (arg: string) => URL_PATTERN.test(arg);

export { describeFsError };

/** Article files a directory scan picks up (compared case-insensitively). */
export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.xhtml', ...DOCUMENT_EXTENSIONS];
/** JSON Lines corpora, read as such by extension unless --input-format says otherwise. */
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

/** What --input-format accepts: an article kind, or a corpus with one article per line. */
export const INPUT_FORMATS = ['text', 'md', 'html', 'jsonl'] as const;
export type InputFormatChoice = (typeof INPUT_FORMATS)[number];

const FORCED_FORMAT: Record<Exclude<InputFormatChoice, 'jsonl'>, InputFormat> = { text: 'text', md: 'markdown', html: 'html' };

export interface ExpandOptions {
  encoding?: string;
  /** forced kind of every input; by default from the extension and the content */
  inputFormat?: InputFormatChoice;
  textField?: string;
  idField?: string;
  include?: string[];
  exclude?: string[];
  /** URLs: seconds before a fetch gives up, and the largest body accepted (bytes) */
  timeout?: number;
  maxBytes?: number;
  /** stdin stream; injected for tests */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** a doubtful but usable input (a decoding that may be wrong, a repeated -) */
  warn?: (path: string, message: string) => void;
}

/** One unit of work: an article to read, or the error that stands in its place. */
export type InputItem =
  | {
      path: string;
      read: () => Promise<SourceText>;
      size?: number;
      /** a file a worker may read itself */
      file?: string;
    }
  | { path: string; error: InputError; size?: undefined };

const GLOB_CHARS = /[*?[\]{}]/;

const hasExtension = (f: string, exts: string[]) => {
  const low = f.toLowerCase();
  return exts.some((x) => low.endsWith(x));
};

/** Is this input read as JSON Lines? */
export function isJsonl(path: string, opts: ExpandOptions): boolean {
  if (opts.inputFormat) return opts.inputFormat === 'jsonl';
  return hasExtension(path, JSONL_EXTENSIONS);
}

/** The article format forced by --input-format, if any (null: decide by extension and content). */
export function forcedFormat(opts: ExpandOptions): InputFormat | null {
  return opts.inputFormat && opts.inputFormat !== 'jsonl' ? FORCED_FORMAT[opts.inputFormat] : null;
}

export async function* expandInputs(args: string[], opts: ExpandOptions = {}): AsyncGenerator<InputItem> {
  const stdin = opts.stdin ?? process.stdin;
  if (args.length === 0) {
    if (stdin.isTTY) throw new UsageError('no input: give files or directories, or pipe text to standard input');
    args = ['-'];
  }
  const filter = makeFilter(opts);
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      // A stream is read once: a second - would be empty, not the same text again.
      if (stdinRead) {
        opts.warn?.('-', 'standard input is given more than once; it is read once, at its first place');
        continue;
      }
      stdinRead = true;
      if (opts.inputFormat === 'jsonl') yield* jsonlRecords('-', stdin, opts);
      else yield { path: '-', read: async () => sourceFromFileBytes('-', await readAll(stdin), opts.encoding, forcedFormat(opts), opts.warn) };
      continue;
    }
    if (isUrl(arg)) {
      yield { path: arg, read: () => readUrl(arg, opts) };
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (e) {
      if (GLOB_CHARS.test(arg)) {
        const { base, files } = await globFiles(arg);
        if (files.length === 0) {
          yield { path: arg, error: new InputError(arg, 'no files match this pattern') };
          continue;
        }
        const kept = files.filter((f) => filter(f, base));
        if (kept.length === 0) yield { path: arg, error: new InputError(arg, `all ${files.length} matching files are filtered out by --include/--exclude`) };
        for (const f of kept) yield* fileItems(f, opts, await sizeOf(f));
        continue;
      }
      yield { path: arg, error: new InputError(arg, describeFsError(e)) };
      continue;
    }
    if (st.isDirectory()) {
      let all: string[];
      try {
        all = await walk(arg);
      } catch (e) {
        yield { path: arg, error: new InputError(arg, describeFsError(e)) };
        continue;
      }
      // JSON Lines only when asked: a folder often holds wenxi's own .ndjson output
      const exts = opts.inputFormat === 'jsonl' ? JSONL_EXTENSIONS : DEFAULT_EXTENSIONS;
      const files = all.filter((f) => hasExtension(f, exts));
      const kept = files.filter((f) => filter(f, arg));
      if (files.length === 0) {
        yield { path: arg, error: new InputError(arg, `no article files (${exts.join(', ')}) in this directory`) };
        continue;
      }
      if (kept.length === 0) {
        yield { path: arg, error: new InputError(arg, `all ${files.length} article files in this directory are filtered out by --include/--exclude`) };
        continue;
      }
      for (const f of kept) yield* fileItems(f, opts, await sizeOf(f));
    } else {
      yield* fileItems(arg, opts, st.size);
    }
  }
}

/** Bytes on disk, for the progress rate and the bound on work in flight; unknown is fine. */
async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

async function* fileItems(path: string, opts: ExpandOptions, size?: number): AsyncGenerator<InputItem> {
  if (isJsonl(path, opts)) {
    let stream;
    try {
      await stat(path);
      stream = createReadStream(path);
    } catch (e) {
      yield { path, error: new InputError(path, describeFsError(e)) };
      return;
    }
    yield* jsonlRecords(path, stream, opts);
    return;
  }
  try {
    checkInputSize(path, size);
  } catch (e) {
    yield { path, error: e as InputError };
    return;
  }
  yield {
    path,
    size,
    file: path,
    read: async () => {
      let buf;
      try {
        buf = await readFile(path);
      } catch (e) {
        throw new InputError(path, describeFsError(e));
      }
      return sourceFromFileBytes(path, buf, opts.encoding, forcedFormat(opts), opts.warn);
    },
  };
}

/**
 * --include/--exclude against the path relative to the directory being
 * searched (or the glob's base), so `--exclude 'gbk/**'` works from anywhere;
 * the path as found and relative to the current directory match too.
 */
function makeFilter(opts: ExpandOptions): (path: string, root?: string) => boolean {
  const inc = opts.include?.length ? globMatcher(opts.include) : null;
  const exc = opts.exclude?.length ? globMatcher(opts.exclude) : null;
  const slash = (p: string) => p.split('\\').join('/');
  const forms = (p: string, root?: string) => {
    const norm = slash(p);
    const out = [norm, norm.replace(/^\/+/, ''), slash(relative('.', p))];
    if (root !== undefined) out.push(slash(relative(root || '.', p)));
    return out;
  };
  return (p, root) => {
    if (!inc && !exc) return true;
    const fs = forms(p, root);
    if (inc && !fs.some((f) => inc(f))) return false;
    if (exc && fs.some((f) => exc(f))) return false;
    return true;
  };
}

/**
 * A pattern without a slash matches the file name (*.html), one with a slash
 * the path. Case-insensitive, as the directory scan's extensions are.
 */
function globMatcher(patterns: string[]): (p: string) => boolean {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length ? picomatch()(byName, { dot: true, basename: true, nocase: true }) : () => false;
  const path = byPath.length ? picomatch()(byPath, { dot: true, nocase: true }) : () => false;
  return (p) => name(p) || path(p);
}

/**
 * All files under a directory. Symbolic links are followed, as analysts link
 * articles into working folders; a directory reached twice (a link cycle) is
 * read once, and a dangling link is listed so that reading it reports it.
 */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (d: string) => {
    const real = await realpath(d);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (e.isFile()) out.push(p);
      else if (e.isSymbolicLink()) {
        const target = await stat(p).catch(() => null);
        if (target?.isDirectory()) await visit(p);
        else if (!target || target.isFile()) out.push(p);
      }
    }
  };
  await visit(dir);
  return out.sort(comparePaths);
}

async function globFiles(pattern: string): Promise<{ base: string; files: string[] }> {
  const { base } = picomatch().scan(pattern);
  const root = base || '.';
  let files: string[];
  try {
    files = await walk(root);
  } catch {
    return { base: root, files: [] };
  }
  const isMatch = picomatch()(pattern.split('\\').join('/'), { dot: false });
  return {
    base: root,
    files: files.filter((f) => {
      const rel = base ? f : relative('.', resolve(f));
      return isMatch(rel.split('\\').join('/'));
    }),
  };
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
