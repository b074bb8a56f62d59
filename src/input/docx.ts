// .docx → HTML (mammoth) → the HTML path. Word's heading styles become
// <h1>–<h4>, so sections come from the author's own structure; a table becomes
// one line per row, marked so that it is neither a heading nor a summary.
import type { SourceText } from '../types.js';
import { lazy } from '../util/lazy.js';
import { CELL_SEPARATOR, DOCX_STYLE_MAP } from './docx-data.js';
import { InputError } from './errors.js';
import { htmlToText } from './html.js';

const mammoth = lazy<typeof import('mammoth')>('mammoth');

// A private-use character marks row lines through the HTML path; it is removed
// before any offset exists.
const ROW_MARK = '\uE000';

export async function readDocx(path: string, buf: Buffer): Promise<SourceText> {
  let html: string;
  try {
    const m = mammoth();
    html = (
      await m.convertToHtml(
        { buffer: buf },
        {
          styleMap: DOCX_STYLE_MAP,
          ignoreEmptyParagraphs: true,
          // images are not text: skip reading and base64-encoding them
          convertImage: m.images.imgElement(async () => ({ src: '' })),
        },
      )
    ).value;
  } catch (e) {
    throw new InputError(path, describeDocxError(e));
  }
  const h = htmlToText(tablesToRows(html));
  const tableLines: number[] = [];
  const lines = h.text.split('\n').map((l, i) => {
    if (!l.startsWith(ROW_MARK)) return l;
    tableLines.push(i);
    return l.slice(ROW_MARK.length).trim();
  });
  const text = lines.join('\n');
  if (!text.trim()) throw new InputError(path, 'empty document (no text)');
  return { path, encoding: 'docx', format: 'docx', text, headingLines: h.headingLines, tableLines };
}

/** Each <tr> → one paragraph of its cells' text; nested markup inside a cell is flattened. */
export function tablesToRows(html: string): string {
  return html.replace(/<table\b[^>]*>[\s\S]*?<\/table>/g, (table) => {
    const rows = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
      const cells = [...m[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
        c[1]!.replace(/<\/p>\s*<p\b[^>]*>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
      );
      return cells.filter((c) => c).join(CELL_SEPARATOR);
    });
    return rows.filter((r) => r).map((r) => `<p>${ROW_MARK}${r}</p>`).join('');
  });
}

function describeDocxError(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  if (/central directory|zip|End of data|Corrupted/i.test(msg)) return 'not a Word .docx file (damaged or not a zip archive)';
  if (/word\/document\.xml|main document part/i.test(msg)) return 'not a Word .docx file (a zip archive without a Word document in it)';
  return `cannot read .docx: ${msg}`;
}
