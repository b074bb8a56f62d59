import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { delimitedRows, type Cell } from '../../src/report/delimited.js';

// What csv-stringify writes for the rows, all of them through it.
const library = (rows: Cell[][]) =>
  stringify(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))),
    { delimiter: ',', cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: 'unix' },
  );

describe('CSV rows', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(delimitedRows([['a', 'b,c', 'say "hi"', 'x\ny', 1.5, null, true]], ',')).toBe('a,"b,c","say ""hi""","x\ny",1.5,,true\n');
    expect(delimitedRows([['投资860万元', '1,352人', '']], ',')).toBe('投资860万元,"1,352人",\n');
  });

  it('writes every row exactly as csv-stringify does', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '万', ',', '"', '\n', '\r', ' ', '=', '-', "'", '\t', '\u0000') }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => delimitedRows(rows, ',') === library(rows)));
  });
});
