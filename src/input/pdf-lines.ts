// PDF text items → lines in reading order: items on one baseline make a line,
// a column gutter splits a page into columns read left to right within each
// band between full-width lines (titles across both columns).
import { CELL_GAP, COLUMN_ROWS, GUTTER_BAND, GUTTER_CROSSING, GUTTER_MIN, SAME_LINE, WIDE_GAP, WORD_GAP } from './pdf-data.js';
import { isCjk } from './pdf-text.js';

export interface PdfItem {
  str: string;
  /** left end of the baseline, PDF user space (y grows upwards) */
  x: number;
  y: number;
  width: number;
  /** font size in points */
  size: number;
  bold: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  /** pieces of text this far apart on the baseline: more than one is a table row */
  cells: number;
  /** width of the line's first word (its first character for CJK): what did not fit on the line before */
  lead: number;
  size: number;
  bold: boolean;
  page: number;
  /** reading-order block on the page (a column or a full-width band) */
  block: number;
}

export const cpLength = (s: string) => [...s].length;
export const sizeKey = (s: number) => Math.round(s * 2) / 2;

/** Lines of one page in reading order: full-width bands top to bottom, columns left to right within a band. */
export function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items.filter((it) => it.str.length > 0 && Number.isFinite(it.x) && Number.isFinite(it.y));
  const rows = groupRows(items);
  const gutter = findGutter(rows, page.width);
  const lines: Line[] = [];
  if (gutter === null) {
    for (const r of rows) lines.push(makeLine(r, pageNo, 0));
    return lines;
  }
  // Split each row at the gutter; a row with an item across it is full width
  // and closes the band of columns above it.
  let block = 0;
  let left: Line[] = [];
  let right: Line[] = [];
  const flushBand = () => {
    if (left.length) lines.push(...left.map((l) => ({ ...l, block })));
    if (left.length) block++;
    if (right.length) lines.push(...right.map((l) => ({ ...l, block })));
    if (right.length) block++;
    left = [];
    right = [];
  };
  for (const r of rows) {
    if (r.some((it) => it.x < gutter && it.x + it.width > gutter)) {
      flushBand();
      lines.push(makeLine(r, pageNo, block++));
      continue;
    }
    const l = r.filter((it) => it.x + it.width <= gutter);
    const rt = r.filter((it) => it.x >= gutter);
    if (l.length) left.push(makeLine(l, pageNo, 0));
    if (rt.length) right.push(makeLine(rt, pageNo, 0));
  }
  flushBand();
  return lines;
}

/** Items on one baseline (top to bottom), each row sorted left to right. */
function groupRows(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last.y - it.y) <= SAME_LINE * Math.max(last.size, it.size)) {
      last.items.push(it);
      if (!/^\s*$/.test(it.str)) last.size = Math.max(last.size, it.size);
    } else rows.push({ y: it.y, size: it.size, items: [it] });
  }
  return rows.map((r) => r.items.sort((a, b) => a.x - b.x));
}

/**
 * A vertical strip in the middle of the page that (almost) no text crosses
 * while text stands on both sides of it in many rows: a column gutter.
 */
function findGutter(rows: PdfItem[][], width: number): number | null {
  if (rows.length < 6 || !(width > 0)) return null;
  const lo = Math.floor(width * GUTTER_BAND[0]);
  const hi = Math.ceil(width * GUTTER_BAND[1]);
  const crossing = new Array<number>(hi - lo + 1).fill(0);
  for (const r of rows) {
    const covered = new Set<number>();
    for (const it of r) {
      if (/^\s*$/.test(it.str)) continue;
      for (let x = Math.max(lo, Math.floor(it.x)); x <= Math.min(hi, Math.ceil(it.x + it.width)); x++) covered.add(x);
    }
    for (const x of covered) crossing[x - lo]!++;
  }
  const allowed = rows.length * GUTTER_CROSSING;
  let best: { from: number; to: number } | null = null;
  let from = -1;
  for (let i = 0; i <= crossing.length; i++) {
    const free = i < crossing.length && crossing[i]! <= allowed;
    if (free && from < 0) from = i;
    if (!free && from >= 0) {
      if (!best || i - from > best.to - best.from) best = { from, to: i };
      from = -1;
    }
  }
  if (!best || best.to - best.from < GUTTER_MIN) return null;
  const g = lo + (best.from + best.to) / 2;
  // text on both sides in many rows (columns need not share baselines)
  const left = rows.filter((r) => r.some((it) => it.x + it.width <= g && it.str.trim())).length;
  const right = rows.filter((r) => r.some((it) => it.x >= g && it.str.trim())).length;
  return Math.min(left, right) >= rows.length * COLUMN_ROWS ? g : null;
}

function makeLine(items: PdfItem[], page: number, block: number): Line {
  let text = '';
  let prev: PdfItem | null = null;
  const chars = new Map<number, number>();
  let boldChars = 0;
  let allChars = 0;
  for (const it of items) {
    if (prev) {
      const gap = it.x - (prev.x + prev.width);
      const em = Math.max(prev.size, it.size);
      const a = text[text.length - 1];
      const b = it.str[0];
      const spaced = /\s/.test(a ?? ' ') || /\s/.test(b ?? ' ');
      if (!spaced && (gap > WIDE_GAP * em || (gap > WORD_GAP * em && !(isCjk(a) && isCjk(b))))) text += ' ';
    }
    text += it.str;
    const n = cpLength(it.str.trim());
    if (n) {
      chars.set(sizeKey(it.size), (chars.get(sizeKey(it.size)) ?? 0) + n);
      allChars += n;
      if (it.bold) boldChars += n;
    }
    prev = it;
  }
  const visible = items.filter((it) => it.str.trim());
  let cells = visible.length ? 1 : 0;
  for (let i = 1; i < visible.length; i++) {
    const gap = visible[i]!.x - (visible[i - 1]!.x + visible[i - 1]!.width);
    if (gap > CELL_GAP * Math.max(visible[i]!.size, visible[i - 1]!.size)) cells++;
  }
  const first = visible[0] ?? items[0]!;
  const last = visible[visible.length - 1] ?? items[items.length - 1]!;
  const word = isCjk(first.str.trimStart()[0]) ? 1 : cpLength(/^\s*\S*/.exec(first.str)![0].trim());
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    cells,
    lead: (first.width * word) / Math.max(1, cpLength(first.str)),
    x0: first.x,
    x1: last.x + last.width,
    y: first.y,
    size: modeOf(chars) ?? first.size,
    bold: allChars > 0 && boldChars * 2 > allChars,
    page,
    block,
  };
}

export function modeOf(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let n = -1;
  for (const [k, c] of counts) if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c];
  return best;
}
