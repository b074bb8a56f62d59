// Bytes of one input → SourceText: decode, HTML → text, normalise line endings.
import type { SourceText } from '../types.js';
import { decode, DecodeError } from './decode.js';
import { InputError } from './errors.js';
import { checkInputSize } from './limits.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { normalizeText } from './normalize.js';

export type InputFormat = SourceText['format'];

export function formatForPath(path: string): InputFormat | null {
  const ext = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  return null;
}

export function sourceFromBytes(path: string, buf: Buffer, encoding?: string): SourceText {
  checkInputSize(path, buf.length);
  let decoded;
  try {
    decoded = decode(buf, encoding);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw e;
  }
  return sourceFromString(path, decoded.text, decoded.encoding, formatForPath(path));
}

export function sourceFromString(
  path: string,
  raw: string,
  encoding: string,
  format: InputFormat | null,
): SourceText {
  let text = normalizeText(raw);
  const fmt: InputFormat = format ?? (looksLikeHtml(text) ? 'html' : 'text');
  let headingLines: number[] = [];
  if (fmt === 'html') {
    const h = htmlToText(text);
    text = h.text;
    headingLines = h.headingLines;
  }
  if (!text.trim()) throw new InputError(path, 'empty input (no text)');
  return { path, encoding, format: fmt, text, headingLines };
}
