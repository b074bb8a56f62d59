// A worker's share of a one-file corpus report. The page lists every
// article's figure rows in one table and every article's section after it,
// in input order, below a front page that is known only at the end; so the
// parts wait in files until then. Written by the worker that made them — in
// its own two files, at once, as UTF-8 — they never cross to the main thread
// as strings: no copy through postMessage, no collection of megabytes of
// markup there, no encoding on the thread that orders and writes. The writer
// copies the byte ranges into the page in order (framing.ts).
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { packChunk, unpackChunk, type SpoolRef } from './pack.js';
import { corpusArticle, fill } from './pages.js';

interface SpoolFile {
  path: string;
  fd: number;
  size: number;
}

const open = new Map<string, SpoolFile>();

function spoolFile(dir: string, part: 'rows' | 'sections'): SpoolFile {
  const path = join(dir, `t${threadId}-${part}.html`);
  let f = open.get(path);
  if (!f) {
    f = { path, fd: openSync(path, 'w'), size: 0 };
    open.set(path, f);
  }
  return f;
}

// At explicit positions: a write that fails half way (a full disk) fails its
// article, and the next one overwrites what it left.
function append(f: SpoolFile, text: string): SpoolRef {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) done += writeSync(f.fd, bytes, done, bytes.length - done, f.size + done);
  const ref = { file: f.path, at: f.size, bytes: bytes.length };
  f.size += bytes.length;
  return ref;
}

/**
 * An article's packed chunk with its rows and section written to this
 * thread's spool files in `dir` (ids prefixed by its input number), as the
 * small chunk that says where they are; any other chunk as it is.
 */
export function spoolArticle(chunk: string, seq: number, dir: string): string {
  const p = unpackChunk(chunk);
  if (p.kind !== 'article') return chunk;
  const rows = append(spoolFile(dir, 'rows'), fill(p.rows, `a${seq}-`));
  const section = append(spoolFile(dir, 'sections'), corpusArticle(p, seq));
  return packChunk({ kind: 'spooled', index: p.index, seq, rows, section });
}
