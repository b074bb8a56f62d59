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

export function delimitedRows(rows: Cell[][], delimiter: ',' | '\t'): string {
  if (rows.length === 0) return '';
  if (delimiter === '\t') return rows.map((r) => r.map((c) => tsvEscape(cellText(c))).join('\t')).join('\n') + '\n';
  const clean = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)));
  return csv().stringify(clean, { delimiter, cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: 'unix' });
}

/** Keep the named columns of rows whose columns `header` names, in the order asked. */
export function pickColumns(header: string[], rows: Cell[][], fields: string[] | undefined): Cell[][] {
  if (!fields) return rows;
  const at = fields.map((f) => header.indexOf(f));
  return rows.map((r) => at.map((i) => r[i]));
}
