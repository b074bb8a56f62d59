// Units × size: 2×34万千瓦 (two 340,000 kW sets) is multiplied out.
import { candidate, type Extractor } from '../candidate.js';
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
    return candidate(a.start, u.end, a, index + 1, toNumber(mul(a.read.value, b.read.value)), u.def.base, u.def.kind, u.def.category, b.read.approx || u.approx, u.end, 'product');
  },
};
