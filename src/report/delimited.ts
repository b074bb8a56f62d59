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

/** Whether csv-stringify would write the row's cells as they are: strings and numbers, none holding a quote, comma or line break. */
const PLAIN_CELL = /^[^",\n\r]*$/;
const plainRow = (r: Cell[]) => r.every((c) => c === null || c === undefined || typeof c === 'number' || (typeof c === 'string' && PLAIN_CELL.test(c)));

export function delimitedRows(rows: Cell[][], delimiter: ',' | '\t'): string {
  if (rows.length === 0) return '';
  if (delimiter === '\t') return rows.map((r) => r.map((c) => tsvEscape(cellText(c))).join('\t')).join('\n') + '\n';
  // A row that needs no quoting is joined here (a corpus table has tens of
  // thousands, and csv-stringify weighs each cell); any other goes through it.
  let out = '';
  for (const r of rows) {
    if (plainRow(r)) out += r.map(cellText).join(',') + '\n';
    else out += csv().stringify([r.map((c) => (c === null || c === undefined ? '' : c))], { delimiter, cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: 'unix' });
  }
  return out;
}

/** Keep the named columns of rows whose columns `header` names, in the order asked. */
export function pickColumns(header: string[], rows: Cell[][], fields: string[] | undefined): Cell[][] {
  if (!fields) return rows;
  const at = fields.map((f) => header.indexOf(f));
  return rows.map((r) => at.map((i) => r[i]));
}
