// PDF → SourceText with pdfjs-dist (5.6: the last line that runs on Node 20).
// The library is loaded only when a PDF is read: it is large, and a run over
// .txt files must not pay for it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SourceText } from '../types.js';
import { InputError } from './errors.js';
import { ensureDomMatrix } from './pdf-polyfill.js';
import { layoutPages, type PdfItem, type PdfPage } from './pdf-layout.js';
import { guessScript, normalizePdfChars } from './pdf-text.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;
let assets: { cMapUrl: string; standardFontDataUrl: string } | null = null;

// Without its optional canvas package pdfjs warns on import that rendering may
// break; wenxi never renders, and stderr is for the user's errors.
const CANVAS_WARNING = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill `)/;

function load(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!CANVAS_WARNING.test(String(args[0]))) warn(...args);
    };
    try {
      ensureDomMatrix();
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjs;
}

// pdfjs fetches CMaps and standard fonts itself; in Node it reads them with fs,
// so these must be filesystem paths (a file:// URL fails, and without the
// CMaps, CID fonts that rely on predefined Adobe-GB1 CMaps come back empty).
function assetPaths() {
  if (!assets) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    assets = { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  }
  return assets;
}

export async function readPdf(path: string, buf: Buffer): Promise<SourceText> {
  const lib = await load();
  let doc;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(buf),
      ...assetPaths(),
      cMapPacked: true,
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      stopAtErrors: false,
    }).promise;
  } catch (e) {
    throw new InputError(path, describePdfError(e));
  }
  try {
    const pages: PdfPage[] = [];
    const raws: string[] = [];
    let rotated = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.view; // [x0, y0, x1, y1]
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, x, y] = raw.transform as number[];
        // horizontal text only: rotated stamps and vertical margins are not body text
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0) {
          if (raw.str.trim()) rotated++;
          continue;
        }
        raws.push(raw.str);
        items.push({
          str: raw.str,
          x: x! - view[0]!,
          y: y! - view[1]!,
          width: raw.width,
          size: Math.abs(d!) || Math.abs(a!),
          // font names (and so weight) come only with the drawing operators, which triple the time
          bold: false,
        });
      }
      pages.push({ width: view[2]! - view[0]!, height: view[3]! - view[1]!, items });
      page.cleanup();
    }
    const script = guessScript(raws.join(''));
    for (const p of pages) for (const it of p.items) it.str = normalizePdfChars(it.str, script);
    const laid = layoutPages(pages);
    if (!laid.text.trim()) {
      throw new InputError(path, rotated ? 'only vertical or rotated text, which wenxi does not read' : 'no text layer: scanned PDF? OCR it first');
    }
    return { path, encoding: 'pdf', format: 'pdf', text: laid.text, headingLines: laid.headingLines, tableLines: laid.tableLines };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, describePdfError(e));
  } finally {
    await doc.destroy();
  }
}

function describePdfError(e: unknown): string {
  const name = (e as Error)?.name;
  if (name === 'PasswordException') return 'encrypted PDF (password protected): decrypt it first';
  if (name === 'InvalidPDFException') return 'not a valid PDF (damaged or truncated file)';
  const msg = (e as Error)?.message ?? String(e);
  return `cannot read PDF: ${msg}`;
}
