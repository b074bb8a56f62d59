// Which reader turns an input's bytes into text: binary documents (PDF, Word)
// by their magic bytes, then by extension; everything else is text (decode.ts).
// Readers are imported on first use: pdfjs-dist and mammoth are large, and a
// run over .txt files never loads them.
import { extname } from 'node:path';
import type { SourceText } from '../types.js';
import { InputError } from './errors.js';
import { sourceFromBytes, type InputFormat } from './source.js';

export type DocumentKind = 'pdf' | 'docx' | 'doc';

/** Extensions picked up from directories besides the text ones. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.doc'];

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The PDF header may follow up to 1 KB of junk (PDF 1.7, annex H); a file
 * named as text must start with it (an article may quote "%PDF-").
 */
function isPdf(buf: Buffer, textName: boolean): boolean {
  return textName ? startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d]) : buf.subarray(0, 1024).includes('%PDF-');
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.json']);

function sniff(buf: Buffer, ext: string): DocumentKind | 'zip' | null {
  if (isPdf(buf, TEXT_EXTENSIONS.has(ext))) return 'pdf';
  if (startsWith(buf, OLE)) return 'doc';
  if (startsWith(buf, ZIP)) return 'zip';
  return null;
}

const KIND_BY_EXTENSION: Record<string, DocumentKind> = { '.pdf': 'pdf', '.docx': 'docx', '.doc': 'doc' };

/** What a file with a document extension turned out to be when it is not one. */
function notA(kind: DocumentKind, buf: Buffer): string {
  const head = buf.subarray(0, 2048).toString('latin1').trimStart().toLowerCase();
  const what = /^<(?:!doctype html|html|head|body)/.test(head)
    ? 'it is an HTML page'
    : head.startsWith('{\\rtf')
      ? 'it is an RTF file'
      : buf.length === 0
        ? 'the file is empty'
        : 'no document signature';
  const name = kind === 'pdf' ? 'a PDF' : kind === 'docx' ? 'a Word .docx file' : 'a Word .doc file';
  return `not ${name} (${what})`;
}

/** The reader for these bytes, or null when they are text for decode.ts. */
export function documentKind(path: string, buf: Buffer): DocumentKind | null {
  const ext = extname(path).toLowerCase();
  const sniffed = sniff(buf, ext);
  const byExt = KIND_BY_EXTENSION[ext];
  if (sniffed === 'pdf' || sniffed === 'doc') return sniffed;
  // a zip is a .docx by name, or (stdin, a download) when it names a Word document part:
  // zip entry names are stored uncompressed
  if (sniffed === 'zip' && (byExt === 'docx' || byExt === 'doc' || (!TEXT_EXTENSIONS.has(ext) && buf.includes('word/document.xml')))) return 'docx';
  if (byExt) throw new InputError(path, notA(byExt, buf));
  return null;
}

export async function readDocument(kind: DocumentKind, path: string, buf: Buffer): Promise<SourceText> {
  switch (kind) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(path, buf);
    case 'docx':
      return (await import('./docx.js')).readDocx(path, buf);
    case 'doc':
      return (await import('./doc.js')).readDoc(path, buf);
  }
}

/** Bytes of a file (or stdin) → SourceText, through a document reader or the text path. */
export async function sourceFromFileBytes(
  path: string,
  buf: Buffer,
  encoding?: string,
  format: InputFormat | null = null,
  warn?: (path: string, message: string) => void,
): Promise<SourceText> {
  const kind = documentKind(path, buf);
  return kind ? readDocument(kind, path, buf) : sourceFromBytes(path, buf, encoding, format, warn);
}
