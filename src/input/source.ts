// Bytes of one input → SourceText: decode, HTML → text, normalise line endings.
import type { SourceText } from '../types.js';
import { decode, DecodeError } from './decode.js';
import { InputError } from './errors.js';
import { checkInputSize } from './limits.js';
import { htmlArticleToText, looksLikeHtml } from './html.js';
import { looksLikeMarkdown, markdownToText } from './markdown.js';
import { normalizeText } from './normalize.js';
import { sniffHtml, sniffMarkdown } from './sniff.js';

export type InputFormat = SourceText['format'];

/** The format an extension names; .txt says little (HTML is saved as .txt too), so it is sniffed. */
export function formatForPath(path: string): InputFormat | null {
  const ext = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return null;
}

export function sourceFromBytes(
  path: string,
  buf: Buffer,
  encoding?: string,
  format: InputFormat | null = null,
  warn?: (path: string, message: string) => void,
): SourceText {
  checkInputSize(path, buf.length);
  let decoded;
  try {
    decoded = decode(buf, encoding);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw e;
  }
  if (decoded.warning) warn?.(path, decoded.warning);
  // Markdown is sniffed only where no extension spoke (standard input, a bare name).
  const unnamed = path === '-' || !/\.[a-z0-9]+$/i.test(path);
  return sourceFromString(path, decoded.text, decoded.encoding, format ?? formatForPath(path), unnamed);
}

/**
 * `format` null: sniffed from the content (HTML always; Markdown only where no
 * extension spoke, as on standard input).
 */
export function sourceFromString(
  path: string,
  raw: string,
  encoding: string,
  format: InputFormat | null,
  sniffMd = true,
): SourceText {
  let text = normalizeText(raw);
  // HTML by its markup always; Markdown where no extension spoke (standard input), or a .txt that clearly is Markdown (a `# ` title and Markdown syntax below it)
  const fmt: InputFormat =
    format ?? (sniffHtml(text) || looksLikeHtml(text) ? 'html' : (sniffMd && sniffMarkdown(text)) || looksLikeMarkdown(text) ? 'markdown' : 'text');
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
