// CSV/TSV rows with correct quoting (csv-stringify), one header per run.
import { lazy } from '../util/lazy.js';

const csv = lazy<typeof import('csv-stringify/sync')>('csv-stringify/sync');

export type Cell = string | number | boolean | null | undefined;

export function delimitedRows(rows: Cell[][], delimiter: ',' | '\t'): string {
  if (rows.length === 0) return '';
  const clean = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)));
  return csv().stringify(clean, { delimiter, cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: 'unix' });
}
