// CSV/TSV rows with correct quoting (csv-stringify), one header per run.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

export function delimitedRows(rows: Cell[][], delimiter: ',' | '\t'): string {
  if (rows.length === 0) return '';
  const clean = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)));
  return stringify(clean, { delimiter, cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: 'unix' });
}
