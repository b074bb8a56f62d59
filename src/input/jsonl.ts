// JSON Lines corpora: one article per line, streamed. The bytes are decoded
// like any input (--encoding, or detected from the first 64 KB: BOM, UTF-16,
// UTF-8, GB18030 or Big5), so a GB18030 corpus gives readable labels and a
// BOM before the first record is not a malformed line.
import { lazy } from '../util/lazy.js';
import { checkEncodingName, decode, DecodeError, sniffUtf16 } from './decode.js';
import { describeFsError, InputError } from './errors.js';
import { checkInputSize } from './limits.js';
import { sourceFromString } from './source.js';
import type { InputItem } from './expand.js';

const iconvLite = lazy<typeof import('iconv-lite')>('iconv-lite');

const HEAD_BYTES = 64 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function isUtf8(b: Buffer): boolean {
  try {
    strictUtf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

export interface JsonlOptions {
  encoding?: string;
  textField?: string;
  idField?: string;
  /** a doubtful decoding, said once for the file */
  warn?: (path: string, message: string) => void;
}

/** The encoding of a stream, judged from its head (cut at a line end, so no character is split). */
function streamEncoding(head: Buffer, forced: string | undefined): { encoding: string; iconv: string; warning?: string } {
  if (forced) {
    const enc = checkEncodingName(forced)!;
    return { encoding: enc, iconv: enc };
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8-bom', iconv: 'utf-8' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', iconv: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', iconv: 'utf-16be' };
  const u16 = sniffUtf16(head);
  if (u16) return { encoding: u16, iconv: u16 };
  let sample = head;
  if (head.length >= HEAD_BYTES) {
    // The head is cut somewhere: at a line end if there is one, else (one long
    // record) a character may be split at the cut, which must not make UTF-8
    // look invalid.
    const nl = head.lastIndexOf(0x0a);
    if (nl > 0) sample = head.subarray(0, nl + 1);
    else
      for (let k = 1; k <= 3; k++)
        if (isUtf8(head.subarray(0, head.length - k))) return { encoding: 'utf-8', iconv: 'utf-8' };
  }
  const d = decode(sample);
  return { encoding: d.encoding, iconv: d.encoding === 'big5' ? 'big5hkscs' : d.encoding, warning: d.warning };
}

/** Decoded lines of a byte stream, without line ends; the BOM is dropped. */
async function* decodedLines(
  stream: NodeJS.ReadableStream,
  forced: string | undefined,
  onEncoding: (e: { encoding: string; warning?: string }) => void,
): AsyncGenerator<string> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const headChunks: Buffer[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < HEAD_BYTES) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    const b = typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
    headChunks.push(b);
    headSize += b.length;
  }
  const head = Buffer.concat(headChunks);
  const enc = streamEncoding(head, forced);
  onEncoding(enc);
  const decoder = iconvLite().getDecoder(enc.iconv, { stripBOM: true });
  let pending = '';
  let first = true;
  const feed = function* (text: string): Generator<string> {
    pending += text;
    if (first && pending.length) {
      pending = pending.replace(/^\uFEFF/, '');
      first = false;
    }
    let at: number;
    while ((at = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, at).replace(/\r$/, '');
      pending = pending.slice(at + 1);
    }
  };
  yield* feed(decoder.write(head));
  while (!done) {
    const n = await it.next();
    if (n.done) break;
    yield* feed(decoder.write(typeof n.value === 'string' ? Buffer.from(n.value) : n.value));
  }
  yield* feed(decoder.end() ?? '');
  if (pending) yield pending.replace(/\r$/, '');
}

export async function* jsonlRecords(path: string, stream: NodeJS.ReadableStream, opts: JsonlOptions): AsyncGenerator<InputItem> {
  const textField = opts.textField ?? 'text';
  const idField = opts.idField ?? 'id';
  let lineNo = 0;
  let encoding = 'utf-8';
  const onEncoding = (e: { encoding: string; warning?: string }) => {
    encoding = e.encoding;
    if (e.warning) opts.warn?.(path, e.warning);
  };
  try {
    for await (const line of decodedLines(stream, opts.encoding, onEncoding)) {
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
      const size = Buffer.byteLength(text);
      try {
        checkInputSize(id, size);
      } catch (e) {
        yield { path: id, error: e as InputError };
        continue;
      }
      const enc = encoding;
      yield { path: id, size, read: async () => sourceFromString(id, text, enc, null) };
    }
  } catch (e) {
        yield { path, error: new InputError(path, e instanceof DecodeError ? e.message : describeFsError(e)) };
  }
}
