// PDF text items (strings at positions) → article text: lines by baseline,
// columns in reading order, paragraphs by gaps, indents and short last lines,
// headings by font size and weight, running headers/footers dropped. Works on
// plain item data, so it is tested without a PDF library.
import {
  GUTTER_BAND,
  GUTTER_CROSSING,
  GUTTER_MIN,
  COLUMN_ROWS,
  HEADING_MAX,
  HEADING_SIZE,
  HEADING_WRAP_GAP,
  HEADING_WRAP_WIDTH,
  FOOTNOTE_SIZE,
  FOOTNOTE_ZONE,
  INDENT,
  MARGIN_ZONE,
  PAGE_NUMBER,
  PARAGRAPH_GAP,
  SAME_LINE,
  SHORT_LINE,
  WIDE_GAP,
  CELL_GAP,
  WORD_GAP,
} from './pdf-data.js';
import { NUMBER_FAMILIES } from '../article/data/headings.js';
import { dropCjkLatinSpaces, isCjk } from './pdf-text.js';

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

export interface LaidOutText {
  text: string;
  /** 0-based line numbers of headings in `text` */
  headingLines: number[];
  /** 0-based line numbers of table rows (cells apart on one baseline) */
  tableLines: number[];
}

interface Line {
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

const cpLength = (s: string) => [...s].length;
const sizeKey = (s: number) => Math.round(s * 2) / 2;

export function layoutPages(pages: PdfPage[]): LaidOutText {
  const perPage = pages.map((p, i) => pageLines(p, i));
  dropFurniture(perPage, pages);
  if (perPage.every((l) => l.length === 0)) return { text: '', headingLines: [], tableLines: [] };
  const body = bodyStyle(perPage.flat());
  const notes = takeFootnotes(perPage, pages, body);
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

/** Lines of one page in reading order: full-width bands top to bottom, columns left to right within a band. */
function pageLines(page: PdfPage, pageNo: number): Line[] {
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

function modeOf(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let n = -1;
  for (const [k, c] of counts) if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c];
  return best;
}

/**
 * Running headers and footers: lines in the top or bottom margin zone that are
 * page numbers, or whose text (digits aside) recurs in that zone on other pages.
 */
function dropFurniture(perPage: Line[][], pages: PdfPage[]): void {
  const zoneOf = (l: Line, top: number, bottom: number): 'top' | 'bottom' | null => {
    const h = pages[l.page]!.height;
    if (l.y >= h * (1 - MARGIN_ZONE) && l.y === top) return 'top';
    if (l.y <= h * MARGIN_ZONE && l.y === bottom) return 'bottom';
    return null;
  };
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  const zoned = perPage.map((lines) => {
    const ys = lines.map((x) => x.y);
    const top = Math.max(...ys);
    const bottom = Math.min(...ys);
    return lines.map((l) => zoneOf(l, top, bottom));
  });
  perPage.forEach((lines, p) =>
    lines.forEach((l, i) => {
      const z = zoned[p]![i];
      if (!z) return;
      const k = `${z}:${key(l)}`;
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }),
  );
  const recurring = (l: Line, z: string) => perPage.length >= 2 && seen.get(`${z}:${key(l)}`)!.size >= 2;
  perPage.forEach((lines, p) => {
    perPage[p] = lines.filter((l, i) => {
      const z = zoned[p]![i];
      if (!z) return true;
      return !(PAGE_NUMBER.some((re) => re.test(l.text)) || recurring(l, z));
    });
  });
}

/**
 * Small type at the foot of a page, after its body text, is footnotes: moved to
 * the end so the paragraph running over the page break stays whole.
 */
function takeFootnotes(perPage: Line[][], pages: PdfPage[], body: BodyStyle): Line[] {
  const notes: Line[] = [];
  perPage.forEach((lines, p) => {
    let k = lines.length;
    const h = pages[p]!.height;
    while (k > 0 && lines[k - 1]!.size <= body.size * FOOTNOTE_SIZE && lines[k - 1]!.y < h * FOOTNOTE_ZONE) k--;
    if (k > 0 && k < lines.length) {
      notes.push(...lines.slice(k));
      perPage[p] = lines.slice(0, k);
    }
  });
  return notes;
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
