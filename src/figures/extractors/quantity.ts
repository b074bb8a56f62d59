// number + unit: 860万元, 771户, 130余篇, 12.5%, 万吨, ￥300, -5%, 零下10度
import { candidate, type Candidate, type Extractor } from '../candidate.js';
import { AGE_ENDINGS, AGE_UNITS, CELSIUS_BEFORE, CURRENCY_SIGNS, CURRENCY_WORDS, FAHRENHEIT_BEFORE, KUAI_MONEY_BEFORE } from '../data/units.js';
import { resultToNumber } from '../numbers/read.js';
import { signBefore } from './sign.js';
import { halfAfter, inBaseUnit, tenthAfter, unitAfterToken } from './unit-after.js';
import { add, toNumber } from '../numbers/decimal.js';
import { isHanChar } from '../../text/char-table.js';

const isHan = isHanChar;

// longest first, so US$ wins over $
const SIGN_LIST = Object.entries(CURRENCY_SIGNS).sort((a, b) => b[0].length - a[0].length);
const WORD_LIST = Object.keys(CURRENCY_WORDS);
/** the last characters of the signs: most numbers have none of them before */
const SIGN_LAST = new Set(SIGN_LIST.map(([s]) => s.charCodeAt(s.length - 1)));

export const quantity: Extractor = {
  name: 'quantity',
  extract(ctx, index) {
    const { text } = ctx;
    const t = ctx.tokens[index]!;
    if (t.read.denominator) return null;
    let start = t.start;
    let value = resultToNumber(t.read);
    let sign = 1;
    // 负5 / -5%: a sign not glued to a word or number before it
    const signAt = signBefore(text, t.start);
    if (signAt >= 0) {
      sign = -1;
      start = signAt;
    }
    let currency: string | null = null;
    const before = text.charCodeAt(t.start - 1);
    if (SIGN_LAST.has(before)) for (const [sign2, unit] of SIGN_LIST) {
      if (before !== sign2.charCodeAt(sign2.length - 1)) continue;
      if (text.startsWith(sign2, t.start - sign2.length)) {
        currency = unit;
        start = t.start - sign2.length;
        break;
      }
    }
    const u = unitAfterToken(text, t);
    let unit: string | null = null;
    let end = t.end;
    let kind: Candidate['kind'];
    let category: Candidate['category'];
    let approx = t.read.approx;
    if (u) {
      // a bare 万 / 亿 only measures money and goods (万吨, 亿元), never counts (万人 is a word)
      if (!t.arabic && !t.chinese && u.def.kind === 'classifier') return null;
      unit = u.def.base;
      kind = u.def.kind;
      category = u.def.category;
      end = u.end;
      const half = !t.read.approx && halfAfter(text, u);
      if (half || u.def.times) value = inBaseUnit(t.read.value, u, half);
      if (half) end++;
      // 5万块, 花了10块: 块 with no noun after it is money (一块蛋糕 counts a piece)
      // (宣传牌10块 counts boards: only with a multiplier or after a verb of paying)
      if ((u.written === '块' || u.written === '塊') && !isHan(text[end] ?? '') && (t.multiplierExp >= 4 || KUAI_MONEY_BEFORE.some((w) => text.startsWith(w, t.start - w.length)))) {
        unit = '元';
        kind = 'measure';
        category = 'money';
      }
      // 一米八 = 1.8 米, 五斤六两 = 5.6 斤: the next place down written after the unit
      const tail = !half && !t.read.approx && t.read.value.scale === 0 ? tenthAfter(text, u) : null;
      if (tail) {
        value = toNumber(add(t.read.value, tail.tenths));
        end = tail.end;
      }
      approx ||= u.approx;
      if (currency && u.def.category !== 'money') return null;
      // 华氏温度98.6度, 华氏100度: degrees Fahrenheit
      if (u.written === '度') {
        for (const w of FAHRENHEIT_BEFORE) {
          if (text.startsWith(w, t.start - w.length)) {
            unit = '华氏度';
            start = t.start - w.length;
            break;
          }
        }
        for (const w of CELSIUS_BEFORE) {
          if (text.startsWith(w, t.start - w.length)) {
            unit = '℃';
            start = t.start - w.length;
            break;
          }
        }
      }
      // 零下10度 is a temperature
      if ((u.written === '度' || u.def.base === '℃') && text.startsWith('零下', t.start - 2)) {
        sign = -1;
        start = t.start - 2;
        unit = '℃';
      }
    } else if (currency) {
      unit = currency;
      kind = 'measure';
      category = 'money';
    } else {
      // 人民币50亿: the currency word names the unit
      const word = WORD_LIST.find((w) => text[t.start - 1] === w[w.length - 1] && text.startsWith(w, t.start - w.length));
      if (!word) return null;
      unit = CURRENCY_WORDS[word]!;
      kind = 'measure';
      category = 'money';
    }
    // 十个月大的时候, 三周大了: a duration followed by 大 is an age (两天大雨 is not)
    if (kind === 'time' && u && AGE_UNITS.has(u.written) && text[end] === '大' && (!isHan(text[end + 1] ?? '') || AGE_ENDINGS.has(text[end + 1]!))) {
      return candidate(start, end + 1, t, index, value, u.written === '週' ? '周' : u.written, 'measure', 'other', approx, end + 1, 'age');
    }
    if (kind === 'time') return candidate(start, end, t, index, value, unit, kind, category, approx, end, 'time');
    value *= sign;
    return candidate(start, end, t, index, value, unit, kind, category, approx, end, 'quantity');
  },
};
