// PDF text items (strings at positions) → article text: lines in reading
// order (pdf-lines.ts), furniture dropped (pdf-furniture.ts), then paragraphs
// by gaps, indents and short last lines, and headings by font size. Works on
// plain item data, so it is tested without a PDF library.
import { NUMBER_FAMILIES } from '../article/data/headings.js';
import { HEADING_MAX, HEADING_SIZE, HEADING_WRAP_GAP, HEADING_WRAP_WIDTH, INDENT, PAGE_NUMBER, PARAGRAPH_GAP, SHORT_LINE } from './pdf-data.js';
import { dropFurniture, takeFootnotes } from './pdf-furniture.js';
import { cpLength, modeOf, pageLines, sizeKey, type Line, type PdfPage } from './pdf-lines.js';
import { dropCjkLatinSpaces } from './pdf-text.js';

export type { PdfItem, PdfPage } from './pdf-lines.js';

export interface LaidOutText {
  text: string;
  /** 0-based line numbers of headings in `text` */
  headingLines: number[];
  /** 0-based line numbers of table rows (cells apart on one baseline) */
  tableLines: number[];
}

export function layoutPages(pages: PdfPage[]): LaidOutText {
  const perPage = pages.map((p, i) => pageLines(p, i));
  dropFurniture(perPage, pages);
  if (perPage.every((l) => l.length === 0)) return { text: '', headingLines: [], tableLines: [] };
  const body = bodyStyle(perPage.flat());
  const notes = takeFootnotes(perPage, pages, body.size);
  const lines = [...perPage.flat(), ...notes];
  const paragraphs = joinParagraphs(lines, body);
  const out: string[] = [];
  const headingLines: number[] = [];
  const tableLines: number[] = [];
  for (const p of paragraphs) {
    const t = dropCjkLatinSpaces(p.text).replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (p.heading) headingLines.push(out.length);
    if (p.row) tableLines.push(out.length);
    out.push(t);
  }
  return { text: out.join('\n'), headingLines, tableLines };
}

interface BodyStyle {
  size: number;
  bold: boolean;
  /** usual baseline step between lines of one paragraph */
  pitch: number;
}

function bodyStyle(lines: Line[]): BodyStyle {
  const sizes = new Map<number, number>();
  let bold = 0;
  let all = 0;
  for (const l of lines) {
    const n = cpLength(l.text);
    sizes.set(sizeKey(l.size), (sizes.get(sizeKey(l.size)) ?? 0) + n);
    all += n;
    if (l.bold) bold += n;
  }
  const size = modeOf(sizes) ?? 10;
  const steps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.block !== b.block || sizeKey(a.size) !== size || sizeKey(b.size) !== size) continue;
    const step = Math.round((a.y - b.y) * 2) / 2;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  // the smallest common step is the in-paragraph pitch; larger ones are paragraph gaps
  const common = [...steps].filter(([, c]) => c >= 2).map(([s]) => s);
  const pitch = common.length ? Math.min(...common) : size * 1.5;
  return { size, bold: bold * 2 > all, pitch };
}

interface Para {
  text: string;
  heading: boolean;
  row: boolean;
}

function isHeading(l: Line, body: BodyStyle): boolean {
  const n = cpLength(l.text);
  if (l.size >= body.size * HEADING_SIZE) return n <= HEADING_MAX * 2 && !PAGE_NUMBER.some((re) => re.test(l.text));
  return l.bold && !body.bold && n <= HEADING_MAX && !/[。；;]$/.test(l.text);
}

function joinParagraphs(lines: Line[], body: BodyStyle): Para[] {
  // column edges: the usual left start and the far right end of body lines per block
  const edges = new Map<string, { left: number; right: number }>();
  const blockKey = (l: Line) => `${l.page}:${l.block}`;
  const byBlock = new Map<string, Line[]>();
  for (const l of lines) {
    if (!byBlock.has(blockKey(l))) byBlock.set(blockKey(l), []);
    byBlock.get(blockKey(l))!.push(l);
  }
  for (const [k, ls] of byBlock) {
    const bodyLines = ls.filter((l) => sizeKey(l.size) === body.size);
    const use = bodyLines.length ? bodyLines : ls;
    const lefts = new Map<number, number>();
    for (const l of use) lefts.set(Math.round(l.x0), (lefts.get(Math.round(l.x0)) ?? 0) + 1);
    const left = Math.min(...[...lefts].filter(([, c]) => c >= Math.max(1, use.length * 0.2)).map(([x]) => x), Math.round(use[0]!.x0));
    edges.set(k, { left, right: Math.max(...use.map((l) => l.x1)) });
  }

  const paras: Para[] = [];
  let cur: { text: string; heading: boolean; row: boolean; last: Line } | null = null;
  const flush = () => {
    if (cur) paras.push({ text: cur.text, heading: cur.heading && !cur.row, row: cur.row });
    cur = null;
  };
  for (const l of lines) {
    const heading = isHeading(l, body);
    if (cur && continues(cur.last, l, cur.heading, heading, body, edges.get(blockKey(cur.last))!, edges.get(blockKey(l))!)) {
      cur.text = joinWrapped(cur.text, l.text);
      cur.last = l;
      continue;
    }
    flush();
    cur = { text: l.text, heading, row: l.cells > 1, last: l };
  }
  flush();
  return paras;
}

/** Does line `l` carry on the paragraph whose last line is `p`? */
function continues(
  p: Line,
  l: Line,
  pHeading: boolean,
  lHeading: boolean,
  body: BodyStyle,
  pEdge: { left: number; right: number },
  lEdge: { left: number; right: number },
): boolean {
  if (pHeading !== lHeading || sizeKey(p.size) !== sizeKey(l.size)) return false;
  // a table row is a line of its own
  if (p.cells > 1 || l.cells > 1) return false;
  const em = l.size;
  if (pHeading) {
    // a heading wraps onto a line close below it; centred, so no edge or indent rule applies,
    // but its first line is long (a short one followed by another is a title and a subtitle)
    const close = p.page === l.page && p.block === l.block && p.y > l.y && p.y - l.y <= em * HEADING_WRAP_GAP;
    const long = p.x1 - p.x0 >= (pEdge.right - pEdge.left) * HEADING_WRAP_WIDTH;
    return close && long && !/[。！？!?]$/.test(p.text);
  }
  // the paragraph ran to the right edge, or the next word would not have fitted: it was wrapped, not ended
  if (p.x1 < pEdge.right - SHORT_LINE * em && p.x1 + l.lead < pEdge.right - 0.5 * em) return false;
  if (l.x0 > lEdge.left + INDENT * em) return false;
  const sameBlock = p.page === l.page && p.block === l.block;
  if (sameBlock && (p.y - l.y > body.pitch * PARAGRAPH_GAP || p.y <= l.y)) return false;
  // a sentence that happens to fill its line, then a numbered line (2.农业资源, （二）…): a new paragraph
  return !(/[。！？!?；;：:]$/.test(p.text) && NUMBER_FAMILIES.some((f) => f.pattern.test(l.text)));
}

/**
 * Chinese wraps anywhere, even inside a number (29. | 6亿份): join without a
 * space. Only lines of Western text wrap at spaces.
 */
function joinWrapped(a: string, b: string): string {
  const x = a[a.length - 1];
  if (/\s/.test(x ?? ' ') || HAN.test(a) || HAN.test(b)) return a + b;
  return `${a} ${b}`;
}

const HAN = /\p{Script=Han}/u;
