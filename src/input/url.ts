// http(s) inputs: fetch with Node's own fetch, follow redirects ourselves (to
// bound them and keep the original URL as the path), cap time and size, then
// read the body like a file: documents by their reader, text by its charset.
import type { SourceText } from '../types.js';
import { checkEncodingName, decode, DecodeError } from './decode.js';
import { InputError } from './errors.js';
import { documentKind, readDocument, type DocumentKind } from './readers.js';
import { sourceFromString, type InputFormat } from './source.js';
import { CHARSET_ALIASES, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S, DOCUMENT_TYPES, MAX_REDIRECTS, TEXT_TYPES, URL_PATTERN, USER_AGENT } from './url-data.js';

export interface UrlOptions {
  /** seconds */
  timeout?: number;
  maxBytes?: number;
  /** --encoding: overrides what the server and the page declare */
  encoding?: string;
}

export function isUrl(arg: string): boolean {
  return URL_PATTERN.test(arg);
}

export async function readUrl(url: string, opts: UrlOptions = {}): Promise<SourceText> {
  const timeout = (opts.timeout ?? DEFAULT_TIMEOUT_S) * 1000;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const signal = AbortSignal.timeout(timeout);
  try {
    const res = await fetchFollowing(url, signal);
    const type = mediaType(res.headers.get('content-type'));
    const kind = DOCUMENT_TYPES[type];
    if (!kind && !TEXT_TYPES.has(type) && type !== '' && type !== 'application/octet-stream') {
      await res.body?.cancel();
      throw new InputError(url, `not a text page (content type ${type})`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new InputError(url, tooLarge(maxBytes));
    }
    const buf = await readBody(res, maxBytes, url);
    return await fromBody(url, buf, type, kind, res.headers.get('content-type'), opts.encoding);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (signal.aborted) throw new InputError(url, `timed out after ${timeout / 1000} s (--timeout)`);
    throw new InputError(url, describeFetchError(e));
  }
}

async function fetchFollowing(url: string, signal: AbortSignal): Promise<Response> {
  let at = url;
  for (let hop = 0; ; hop++) {
    const res = await fetch(at, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5' },
    });
    if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new InputError(url, `too many redirects (more than ${MAX_REDIRECTS})`);
      at = new URL(res.headers.get('location')!, at).href;
      if (!isUrl(at)) throw new InputError(url, `redirected to an unsupported address: ${at}`);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    return res;
  }
}

/** The body, counted as it arrives: a server may send more than it declared, or declare nothing. */
async function readBody(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError(url, tooLarge(maxBytes));
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

async function fromBody(
  url: string,
  buf: Buffer,
  type: string,
  kind: DocumentKind | undefined,
  contentType: string | null,
  forced: string | undefined,
): Promise<SourceText> {
  // the bytes decide over the server's type: PDFs are often served as octet-stream
  const sniffed = kind ?? documentKind(documentName(url, type), buf);
  if (sniffed) return readDocument(sniffed, url, buf);
  const format: InputFormat | null = /html|xml/.test(type) ? 'html' : type === 'text/markdown' ? 'markdown' : type === 'text/plain' ? 'text' : null;
  const charset = forced ?? charsetOf(contentType) ?? (format !== 'text' ? metaCharset(buf) : null);
  let decoded;
  try {
    decoded = decodeDeclared(buf, charset);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(url, e.message);
    throw e;
  }
  return sourceFromString(url, decoded.text, decoded.encoding, format);
}

/** A name for the registry: the URL path's extension counts only for document types. */
function documentName(url: string, type: string): string {
  if (TEXT_TYPES.has(type)) return '';
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

// A declared charset that does not decode cleanly is a wrong declaration
// (GBK pages labelled utf-8 exist): detection then decides.
function decodeDeclared(buf: Buffer, charset: string | null): { text: string; encoding: string } {
  if (charset) {
    const name = CHARSET_ALIASES[charset] ?? checkEncodingName(charset);
    if (name) {
      try {
        return decode(buf, name);
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
      }
    }
  }
  return decode(buf);
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 KB. */
export function metaCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function tooLarge(maxBytes: number): string {
  return `larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB (--max-size)`;
}

function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection closed by the server';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'could not connect (timed out)';
  }
  if (cause?.code?.startsWith('ERR_TLS') || /certificate/i.test(cause?.message ?? '')) return `TLS error: ${cause?.message}`;
  return `cannot fetch: ${cause?.message ?? (e as Error)?.message ?? String(e)}`;
}
