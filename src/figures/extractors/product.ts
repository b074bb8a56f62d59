// Units × size: 2×34万千瓦 (two 340,000 kW sets) is multiplied out.
import type { Extractor } from '../candidate.js';
import { PRODUCT_MARKS } from '../data/units.js';
import { mul, toNumber } from '../numbers/decimal.js';
import { unitAfterToken } from './unit-after.js';
import { charTable, codeAt } from '../../text/char-table.js';

/** product marks by code: the test runs for every pair of numbers */
const PRODUCT_T = charTable(PRODUCT_MARKS);

export const product: Extractor = {
  name: 'product',
  extract(ctx, index) {
    const { text, tokens } = ctx;
    const a = tokens[index]!;
    const b = tokens[index + 1];
    if (!b || a.read.denominator || b.read.denominator || a.read.approx) return null;
    if (b.start !== a.end + 1 || PRODUCT_T[codeAt(text, a.end)] !== 1) return null;
    const u = unitAfterToken(text, b);
    if (!u || u.def.kind === 'time') return null;
    return {
      start: a.start,
      end: u.end,
      token: a,
      lastToken: index + 1,
      value: toNumber(mul(a.read.value, b.read.value)),
      unit: u.def.base,
      kind: u.def.kind,
      category: u.def.category,
      approx: b.read.approx || u.approx,
      unitEnd: u.end,
      tag: 'product',
    };
  },
};
