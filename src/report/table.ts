// Compact terminal tables: a rule under the header, none between rows, and
// never wider than the terminal: the columns that can give (a sentence, a
// label) shrink first and are cut with …; below a sane width the rows are
// stacked, one "column: value" line each.
import type Table from 'cli-table3';
import { lazy } from '../util/lazy.js';
import { displayWidth, truncate } from './text-width.js';
import type { Cell } from './delimited.js';
import type { RenderContext } from './writer.js';

const cliTable = lazy<typeof Table>('cli-table3');

const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export interface Column {
  head: string;
  /** columns with a higher value give up width first; 0 (default) never shrinks */
  shrink?: number;
  /** narrowest this column gets before the table is stacked */
  min?: number;
  /** right-aligned (numbers) */
  right?: boolean;
  /** a first, gentle limit applied to every capped column before any shrinks to its minimum */
  cap?: number;
  /** dropped (lowest first) when the table cannot fit otherwise, before rows are stacked */
  optional?: number;
}

/** A cell: its plain text, and how to draw it (colour, a highlight) within `cols` columns. */
export interface FitCell {
  plain: string;
  draw?: (cols: number) => string;
}

type AnyCell = string | FitCell;

/** Tables narrower than this are stacked: a table of 4-column-wide cells helps no one. */
export const MIN_TABLE_WIDTH = 50;

const plainOf = (c: AnyCell) => (typeof c === 'string' ? c : c.plain);

/** Column widths (content only) that fit `width`, or null when even the minimums do not. */
export function fitWidths(cols: Column[], rows: AnyCell[][], width: number): number[] | null {
  if (width < MIN_TABLE_WIDTH) return null;
  const natural = cols.map((c, i) => Math.max(displayWidth(c.head), ...rows.map((r) => displayWidth(plainOf(r[i] ?? '')))));
  // cli-table3: one space of padding either side, and a border between and around
  const overhead = cols.length * 3 + 1;
  const widths = natural.slice();
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - width;
  const floorOf = (i: number, limit: number) => Math.min(natural[i]!, Math.max(limit, displayWidth(cols[i]!.head)));
  const give = (i: number, limit: number) => {
    if (excess <= 0) return;
    const g = Math.min(excess, Math.max(0, widths[i]! - floorOf(i, limit)));
    widths[i]! -= g;
    excess -= g;
  };
  const order = cols
    .map((c, i) => ({ i, p: c.shrink ?? 0 }))
    .filter((x) => x.p > 0)
    .sort((a, b) => b.p - a.p);
  // first the gentle caps (long labels), then everything down to its minimum
  for (const { i } of [...order].reverse()) if (cols[i]!.cap) give(i, cols[i]!.cap!);
  for (const { i } of order) give(i, cols[i]!.min ?? 6);
  return excess > 0 ? null : widths;
}

/** Rows as a table that fits ctx.width, or stacked when it cannot. */
export function fitTable(cols: Column[], rows: AnyCell[][], ctx: RenderContext): string {
  const { chalk } = ctx;
  const draw = (c: AnyCell, w: number) => (typeof c === 'string' ? truncate(c, w) : c.draw ? c.draw(w) : truncate(c.plain, w));
  let widths = fitWidths(cols, rows, ctx.width);
  // Optional columns go, least wanted first, before the table gives up.
  const optional = cols.map((c, i) => ({ i, o: c.optional })).filter((x) => x.o !== undefined).sort((a, b) => a.o! - b.o!);
  while (!widths && optional.length && ctx.width >= MIN_TABLE_WIDTH) {
    const drop = optional.shift()!.i;
    cols = cols.filter((_, i) => i !== drop);
    rows = rows.map((r) => r.filter((_, i) => i !== drop));
    for (const x of optional) if (x.i > drop) x.i--;
    widths = fitWidths(cols, rows, ctx.width);
  }
  if (!widths) return stacked(cols, rows, ctx, draw);
  const T = cliTable();
  const t = new T({
    head: cols.map((c) => chalk.bold(c.head)),
    chars: COMPACT,
    style: { head: [], border: [] },
    wordWrap: false,
    colWidths: widths.map((w) => w + 2),
    colAligns: cols.map((c) => (c.right ? 'right' : 'left')),
  });
  for (const r of rows) t.push(cols.map((_, i) => draw(r[i] ?? '', widths[i]!)));
  return t.toString();
}

/** One block per row, "column: value", each line cut to the width. */
function stacked(cols: Column[], rows: AnyCell[][], ctx: RenderContext, draw: (c: AnyCell, w: number) => string): string {
  const keyW = Math.max(...cols.map((c) => displayWidth(c.head || '·')));
  const valueW = Math.max(10, ctx.width - keyW - 2);
  const blocks = rows.map((r) =>
    cols
      .map((c, i) => ({ c, v: r[i] ?? '' }))
      .filter(({ v }) => plainOf(v) !== '')
      .map(({ c, v }) => `${ctx.chalk.dim((c.head || '·').padEnd(keyW - displayWidth(c.head || '·') + (c.head || '·').length))}  ${draw(v, valueW)}`)
      .join('\n'),
  );
  return blocks.join('\n\n');
}

/** --fields with -f table: the chosen columns of the csv rows, fitted. */
export function fieldsTable(fields: string[], rows: Cell[][], ctx: RenderContext): string {
  const cols: Column[] = fields.map((f) => ({ head: f, shrink: f === 'sentence' || f === 'summary' ? 3 : f === 'label' || f === 'heading' || f === 'path' ? 2 : 1, min: 6 }));
  const text = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/\s+/g, ' ')));
  return fitTable(cols, text, ctx) + '\n';
}
