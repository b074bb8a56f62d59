// Command-line inputs → an ordered stream of things to read. Errors take the
// place of the input they belong to, so output order stays the input order.
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import picomatch from 'picomatch';
import type { SourceText } from '../types.js';
import { InputError, UsageError } from './errors.js';
import { DOCUMENT_EXTENSIONS, sourceFromFileBytes } from './readers.js';
import { sourceFromString } from './source.js';
import { isUrl, readUrl } from './url.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', ...DOCUMENT_EXTENSIONS];

export interface ExpandOptions {
  encoding?: string;
  /** 'text' (files are articles) or 'jsonl' (one article per line) */
  inputFormat?: 'text' | 'jsonl';
  textField?: string;
  idField?: string;
  include?: string[];
  exclude?: string[];
  /** URLs: seconds before a fetch gives up, and the largest body accepted (bytes) */
  timeout?: number;
  maxBytes?: number;
  /** stdin stream; injected for tests */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** One unit of work: an article to read, or the error that stands in its place. */
export type InputItem =
  | { path: string; read: () => Promise<SourceText>; size?: number; /** a file a worker may read itself */ file?: string }
  | { path: string; error: InputError; size?: undefined };

const GLOB_CHARS = /[*?[\]{}]/;

export async function* expandInputs(args: string[], opts: ExpandOptions = {}): AsyncGenerator<InputItem> {
  const stdin = opts.stdin ?? process.stdin;
  if (args.length === 0) {
    if (stdin.isTTY) throw new UsageError('no input: give files or directories, or pipe text to standard input');
    args = ['-'];
  }
  const filter = makeFilter(opts);
  for (const arg of args) {
    if (arg === '-') {
      if (opts.inputFormat === 'jsonl') yield* jsonlRecords('-', stdin, opts);
      else yield { path: '-', read: async () => sourceFromFileBytes('-', await readAll(stdin), opts.encoding) };
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
        const files = await globFiles(arg);
        if (files.length === 0) yield { path: arg, error: new InputError(arg, 'no files match this pattern') };
        for (const f of files.filter((f) => filter(f))) yield* fileItems(f, opts, await sizeOf(f));
        continue;
      }
      yield { path: arg, error: new InputError(arg, describeFsError(e)) };
      continue;
    }
    if (st.isDirectory()) {
      const files = (await walk(arg)).filter(
        (f) => DEFAULT_EXTENSIONS.some((x) => f.toLowerCase().endsWith(x)) || opts.inputFormat === 'jsonl' && /\.jsonl?$/i.test(f),
      );
      const kept = files.filter((f) => filter(f));
      if (kept.length === 0) {
        yield { path: arg, error: new InputError(arg, 'no article files (.txt, .md, .html, .pdf, .docx, .doc) in this directory') };
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
  if (opts.inputFormat === 'jsonl') {
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
      return sourceFromFileBytes(path, buf, opts.encoding);
    },
  };
}

async function* jsonlRecords(
  path: string,
  stream: NodeJS.ReadableStream,
  opts: ExpandOptions,
): AsyncGenerator<InputItem> {
  const textField = opts.textField ?? 'text';
  const idField = opts.idField ?? 'id';
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      const where = `${path}:${lineNo}`;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        yield { path: where, error: new InputError(where, 'malformed JSON line') };
        continue;
      }
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
        yield { path: where, error: new InputError(where, 'JSON line is not an object') };
        continue;
      }
      const obj = rec as Record<string, unknown>;
      const text = obj[textField];
      const rawId = obj[idField];
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : where;
      if (typeof text !== 'string') {
        yield { path: id, error: new InputError(id, `no string field "${textField}"`) };
        continue;
      }
      yield { path: id, size: Buffer.byteLength(text), read: async () => sourceFromString(id, text, 'utf-8', null) };
    }
  } catch (e) {
    yield { path, error: new InputError(path, describeFsError(e)) };
  }
}

function makeFilter(opts: ExpandOptions): (path: string) => boolean {
  const inc = opts.include?.length ? globMatcher(opts.include) : null;
  const exc = opts.exclude?.length ? globMatcher(opts.exclude) : null;
  // A pattern may be written against the path as found, relative to the
  // current directory, or without a leading slash.
  const forms = (p: string) => {
    const norm = p.split('\\').join('/');
    const rel = relative('.', p).split('\\').join('/');
    return [norm, norm.replace(/^\/+/, ''), rel];
  };
  return (p) => {
    const fs = forms(p);
    if (inc && !fs.some((f) => inc(f))) return false;
    if (exc && fs.some((f) => exc(f))) return false;
    return true;
  };
}

/** A pattern without a slash matches the file name (*.html), one with a slash the path. */
function globMatcher(patterns: string[]): (p: string) => boolean {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length ? picomatch(byName, { dot: true, basename: true }) : () => false;
  const path = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
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

async function globFiles(pattern: string): Promise<string[]> {
  const { base } = picomatch.scan(pattern);
  const root = base || '.';
  let files: string[];
  try {
    files = await walk(root);
  } catch {
    return [];
  }
  const isMatch = picomatch(pattern.split('\\').join('/'), { dot: false });
  return files.filter((f) => {
    const rel = base ? f : relative('.', resolve(f));
    return isMatch(rel.split('\\').join('/'));
  });
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
