// Two numbers joined by 至/到/-/~ with one unit: 3至5亿元, 3-5万元, 三到五个,
// 1500亿~2000亿元, 85%到90%. The low bound borrows the high bound's
// multiplier when it has none of its own (3至5亿 is 3亿 to 5亿). Without a unit,
// a range with a 万/亿 multiplier in a money context is money (1-2万亿的投资).
import { candidate, type Extractor } from '../candidate.js';
import { DIGITS, SMALL_UNITS } from '../data/numerals.js';
import { RANGE_MARKS, TENTHS_MARKS } from '../data/units.js';
import { type Decimal, mul, shift, toNumber } from '../numbers/decimal.js';
import { moneyContext } from './context.js';
import { unitAfterToken } from './unit-after.js';
import { charTable, codeAt } from '../../text/char-table.js';

/** range marks by code: the test runs for every pair of numbers */
const RANGE_T = charTable(RANGE_MARKS);

export const range: Extractor = {
  name: 'range',
  extract(ctx, index) {
    const { text, tokens } = ctx;
    const a = tokens[index]!;
    const b = tokens[index + 1];
    if (!b || b.read.denominator) return null;
    // 百分之二十到三十: a percentage and a bare number after it
    const perCent = a.read.denominator?.n === 100n && a.read.denominator.scale === 0 && !a.read.mixed;
    if (a.read.denominator && !perCent) return null;
    // the high bound must follow a mark (and at most two spaces): most pairs of numbers fail here, before any unit is read
    let m = b.start - 1;
    while (m > a.end && (text[m] === ' ' || text[m] === '\u3000') && b.start - m <= 2) m--;
    if (RANGE_T[codeAt(text, m)] !== 1) return null;
    const ua = perCent ? null : unitAfterToken(text, a);
    let mark = ua ? ua.end : a.end;
    // 20 - 100: spaces around the mark
    while ((text[mark] === ' ' || text[mark] === '\u3000') && mark - a.end < 3) mark++;
    if (RANGE_T[codeAt(text, mark)] !== 1) return null;
    // —— is one dash written twice
    if (text[mark] === '—' && text[mark + 1] === '—') mark++;
    let bStart = mark + 1;
    while ((text[bStart] === ' ' || text[bStart] === '\u3000') && bStart - mark < 3) bStart++;
    if (b.start !== bStart) return null;
    const ub = unitAfterToken(text, b);
    if (perCent) {
      if (ub || b.read.approx) return null;
      const lo = toNumber(a.read.value);
      const hi = toNumber(b.read.value);
      if (!(lo < hi)) return null;
      return candidate(a.start, b.end, a, index + 1, lo, '%', 'measure', 'percent', a.read.approx, b.end, 'range', { min: lo, max: hi });
    }
    // 三至五成, 七到八折: a range of tenths
    const tenthsMark = !ub && !ua ? TENTHS_MARKS[text[b.end] ?? ''] : undefined;
    if (tenthsMark && a.read.value.scale === 0 && b.read.value.scale === 0 && a.read.value.n < 10n && b.read.value.n <= 10n) {
      const lo = toNumber(shift(a.read.value, 1));
      const hi = toNumber(shift(b.read.value, 1));
      if (!(lo < hi)) return null;
      return candidate(a.start, b.end + 1, a, index + 1, lo, '%', 'measure', 'percent', false, b.end + 1, 'range', { min: lo, max: hi }, tenthsMark === 'discount' ? true : undefined);
    }
    let low: Decimal = a.read.value;
    const high: Decimal = b.read.value;
    if (a.multiplierExp === 0 && b.multiplierExp > 0 && !ua) low = shift(low, b.multiplierExp);
    // 五到八千, 三到五百人: a lone Chinese digit borrows the unit the high bound is counted in
    else if (!ua && DIGITS.has(a.raw) && a.raw.length === 1 && DIGITS.has(b.raw[0]!) && SMALL_UNITS.has(b.raw[1] ?? '') && b.multiplierExp === 0 && b.raw.length === 2) {
      low = shift(low, Math.round(Math.log10(SMALL_UNITS.get(b.raw[1]!)!)));
    }
    const times = ub?.def.times;
    const min = toNumber(times ? mul(low, times) : low);
    const max = toNumber(times ? mul(high, times) : high);
    if (!(min < max)) return null;
    if (!ub && ctx.all && !ua && !a.read.approx && !b.read.approx) {
      // 一到五, 20~100: the number reader's own view reads a range without unit
      return candidate(a.start, b.end, a, index + 1, min, null, 'bare', 'other', false, b.end, 'range', { min, max });
    }
    if (!ub) {
      // 1-2万亿的节能投资市场: money without 元, as for a single implied amount
      if (ua || b.multiplierExp < 4 || !moneyContext(text, a.start, b.end)) return null;
      return candidate(a.start, b.end, a, index + 1, min, '元', 'measure', 'money', a.read.approx || b.read.approx, b.end, 'range', { min, max });
    }
    if (ua && ua.def.base !== ub.def.base) return null;
    const kind = ub.def.kind;
    return candidate(a.start, ub.end, a, index + 1, min, ub.def.base, kind, ub.def.category, a.read.approx || b.read.approx || ub.approx, ub.end, kind === 'time' ? 'time' : 'range', { min, max });
  },
};
