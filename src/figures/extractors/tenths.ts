// 成 and 折: tenths written as a share (三成 = 30 %, 七成六 = 76 %, 三成半 = 35 %)
// or as a discount (九折 = 90 % of the price, 五五折 = 55 %, 三点一折 = 31 %).
// Both give a percentage; a discount says so (`discount` on the figure).
import { candidate, type Extractor } from '../candidate.js';
import { DIGITS } from '../data/numerals.js';
import { TENTHS_MARKS, unitWordClash } from '../data/units.js';
import { type Decimal, add, compare, int, shift, toNumber } from '../numbers/decimal.js';
import { charTable, codeAt } from '../../text/char-table.js';

const MAX_SPACES = 4;
const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000';
const digitAt = (text: string, i: number): number | undefined => {
  const c = text[i] ?? '';
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= '０' && c <= '９') return c.charCodeAt(0) - 0xff10;
  return DIGITS.get(c);
};
function skipSpaces(text: string, k: number): number {
  const from = k;
  while (isSpace(text[k]) && k - from < MAX_SPACES) k++;
  return k;
}
const HUNDRED = int(100);
const MARK_T = charTable(Object.keys(TENTHS_MARKS));

export const tenths: Extractor = {
  name: 'tenths',
  extract(ctx, index) {
    const { text } = ctx;
    const t = ctx.tokens[index]!;
    if (t.read.denominator || t.read.value.n < 0n) return null;
    const k = skipSpaces(text, t.end);
    // (a test by code first: a look-up by string key in the marks is a megamorphic load, for every number)
    if (MARK_T[codeAt(text, k)] !== 1) return null;
    const mark = TENTHS_MARKS[text[k]!];
    if (!mark || unitWordClash(text, k)) return null;
    const v = t.read.value;
    let end = k + 1;
    let pct: Decimal;
    if (mark === 'share') {
      pct = shift(v, 1);
      // 七成六 = 76 %: one more digit is the next place; 三成半 = 35 %
      const m = skipSpaces(text, end);
      const d = digitAt(text, m);
      if (d !== undefined && v.scale === 0 && v.n < 10n && digitAt(text, m + 1) === undefined && !'十百千万亿成折'.includes(text[m + 1] ?? '-')) {
        pct = add(pct, int(d));
        end = m + 1;
      } else if (text[end] === '半' && v.scale === 0) {
        pct = add(pct, int(5));
        end++;
      }
    } else {
      // 九折 = 90 %, 9.5折 = 95 %, but 五五折 / 75折 = 55 % / 75 %: two digits are the percentage itself
      // (十折, 二十折 are no discount anyone writes)
      // 半折 is half the price
      if (t.raw === '半') pct = int(50);
      else if (compare(v, int(10)) < 0) pct = shift(v, 1);
      else if (v.scale === 0 && v.n < 100n && v.n % 10n !== 0n) pct = v;
      else return null;
    }
    if (compare(pct, HUNDRED) > 0) return null;
    // 八九成 = 80–90 %, 七八折: the reader's approximate range, in tenths
    const up = t.read.upper;
    const range = up && end === k + 1 && compare(up, int(10)) <= 0 ? { min: toNumber(pct), max: toNumber(shift(up, 1)) } : undefined;
    return candidate(t.start, end, t, index, toNumber(pct), '%', 'measure', 'percent', t.read.approx, end, 'tenths', range, mark === 'discount' ? true : undefined);
  },
};
