// Legacy Word .doc (OLE compound file) → plain text with word-extractor, which
// is pure JavaScript. filterUnicode: false keeps “ ” and ‘ ’ as written:
// its default turns them into ASCII quotes.
import type { SourceText } from '../types.js';
import { lazy } from '../util/lazy.js';
import { InputError } from './errors.js';
import { normalizeText } from './normalize.js';

type WordExtractorClass = new () => { extract(input: Buffer | string): Promise<{ getBody(o?: { filterUnicode?: boolean }): string }> };
const WordExtractor = lazy<WordExtractorClass>('word-extractor');

const HOW_TO_CONVERT = 'save it as .docx in Word, or run: soffice --headless --convert-to docx FILE.doc';

export async function readDoc(path: string, buf: Buffer): Promise<SourceText> {
  let body: string;
  try {
    const doc = await new (WordExtractor())().extract(buf);
    body = doc.getBody({ filterUnicode: false });
  } catch {
    // word-extractor's own messages are about byte offsets, not about the file
    throw new InputError(path, `cannot read this Word .doc file (damaged, or not a Word document): ${HOW_TO_CONVERT}`);
  }
  // Word's own paragraph and cell marks: \r ends a paragraph, \x07 a cell, \x0b is a manual line break
  const text = normalizeText(body.replace(/\x07/g, '\n').replace(/\x0b/g, '\n').replace(/\f/g, '\n'))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
  if (!text) throw new InputError(path, `no text found in this Word .doc file: ${HOW_TO_CONVERT}`);
  return { path, encoding: 'doc', format: 'doc', text, headingLines: [] };
}
