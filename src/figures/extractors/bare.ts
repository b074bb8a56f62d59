// --all: numbers with no unit (unit null, category other), so the number
// reader can be checked on its own. Filters in refiners/negatives.ts still apply.
import { candidate, type Extractor } from '../candidate.js';
import { BIG_UNITS, DIGITS, FINANCIAL_DIGITS } from '../data/numerals.js';
import { resultToNumber } from '../numbers/read.js';
import { signBefore } from './sign.js';
import { unitAfterToken } from './unit-after.js';
import { isHanChar } from '../../text/char-table.js';

const SIGNS = new Set(['负', '負', '-', '−', '－']);
const isHan = isHanChar;

export const bare: Extractor = {
  name: 'bare',
  extract(ctx, index) {
    if (!ctx.all) return null;
    const t = ctx.tokens[index]!;
    if (t.read.denominator || unitAfterToken(ctx.text, t)) return null;
    // 陽光九九是, 纪念五四运动: Chinese digits without a unit, glued to words on both sides, are a name
    const before = ctx.text[t.start - 1] ?? '';
    if (!t.arabic && t.raw.length >= 2 && [...t.raw].every((ch) => DIGITS.has(ch)) && !t.read.upper && isHan(before) && !SIGNS.has(before) && isHan(ctx.text[t.end] ?? '')) return null;
    // 百货, 千里: a lone 百 or 千 glued to a word, with no unit, is the word's
    if ((t.raw === '百' || t.raw === '千') && (isHan(before) || isHan(ctx.text[t.end] ?? ''))) return null;
    // a bare 万 or 亿 with no digit is a word's character (万物, 亿万), not ten thousand
    if (t.raw.length === 1 && BIG_UNITS.has(t.raw)) return null;
    // a lone financial numeral glued to a word is that word (拾起, 登陆, 叁见): 大写 digits are written in runs
    if (!t.arabic && t.raw.length < 2 && FINANCIAL_DIGITS.has(t.raw) && ((isHan(ctx.text[t.start - 1] ?? '') && !SIGNS.has(ctx.text[t.start - 1]!)) || isHan(ctx.text[t.end] ?? ''))) return null;
    // 负5 / -5: a sign not glued to a word or number before it
    const signAt = signBefore(ctx.text, t.start);
    const signed = signAt >= 0;
    return candidate(signed ? signAt : t.start, t.end, t, index, (signed ? -1 : 1) * resultToNumber(t.read), null, 'bare', 'other', t.read.approx, t.end, 'bare');
  },
};
