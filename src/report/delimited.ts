// CSV rows with correct quoting (csv-stringify); TSV the way tab-separated
// tools read it: no quoting at all, tab, newline and backslash escaped as
// \t, \n and \\ (a quote stays a quote).
import { lazy } from '../util/lazy.js';

const csv = lazy<typeof import('csv-stringify/sync')>('csv-stringify/sync');

export type Cell = string | number | boolean | null | undefined;

const cellText = (c: Cell) => (c === null || c === undefined ? '' : typeof c === 'boolean' ? (c ? 'true' : 'false') : String(c));

export function tsvEscape(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r'));
}

/** A cell csv-stringify writes as it is: no quote, comma or line break. */
const PLAIN_CELL = /^[^",\n\r]*$/;

/** Cells that need quoting, as csv-stringify quotes them; they repeat (a section heading with a comma on every row of its section). */
const quoted = new Map<string, string>();
const QUOTED_MAX = 10_000;

/** One CSV cell: csv-stringify decides each field on its own, so a row is its cells joined. */
function csvCell(c: Cell): string {
  const t = cellText(c);
  if (typeof c !== 'string' || PLAIN_CELL.test(t)) return t;
  let q = quoted.get(t);
  if (q === undefined) {
    q = csv().stringify([[t]], { delimiter: ',', record_delimiter: 'unix' }).slice(0, -1);
    if (quoted.size >= QUOTED_MAX) quoted.clear();
    quoted.set(t, q);
  }
  return q;
}

export function delimitedRows(rows: Cell[][], delimiter: ',' | '\t'): string {
  if (rows.length === 0) return '';
  if (delimiter === '\t') return rows.map((r) => r.map((c) => tsvEscape(cellText(c))).join('\t')).join('\n') + '\n';
  // Cells that need no quoting (nearly all: a corpus table has tens of
  // thousands of rows) are joined here; csv-stringify quotes the others.
  let out = '';
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < r.length; i++) line += (i ? ',' : '') + csvCell(r[i]);
    out += line + '\n';
  }
  return out;
}

/** Keep the named columns of rows whose columns `header` names, in the order asked. */
export function pickColumns(header: string[], rows: Cell[][], fields: string[] | undefined): Cell[][] {
  if (!fields) return rows;
  const at = fields.map((f) => header.indexOf(f));
  return rows.map((r) => at.map((i) => r[i]));
}
