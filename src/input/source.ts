// Bytes of one input → SourceText: decode, HTML → text, normalise line endings.
import type { SourceText } from '../types.js';
import { decode, DecodeError } from './decode.js';
import { InputError } from './errors.js';
import { htmlArticleToText, looksLikeHtml } from './html.js';
import { looksLikeMarkdown, markdownToText } from './markdown.js';
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
  let fmt: InputFormat = format ?? (looksLikeHtml(text) ? 'html' : 'text');
  // a .txt that is clearly Markdown (a `# ` title and Markdown syntax below it) is read as Markdown
  if (fmt === 'text' && looksLikeMarkdown(text)) fmt = 'markdown';
  let structure: Partial<SourceText> = {};
  if (fmt === 'html') {
    const h = htmlArticleToText(text);
    text = h.text;
    structure = { headingLines: h.headingLines, headingLevels: h.headingLevels, tableLines: h.tableLines ?? [], hints: h.hints };
  } else if (fmt === 'markdown') {
    const m = markdownToText(text);
    text = m.text;
    structure = {
      headingLines: m.headingLines,
      headingLevels: m.headingLevels,
      tableLines: m.tableLines,
      listLines: m.listLines,
      hints: m.hints,
    };
  }
  if (!text.trim()) throw new InputError(path, 'empty input (no text)');
  return { path, encoding, format: fmt, text, headingLines: [], ...structure };
}
