// Fractions: 百分之十二点五 is 12.5%, 千分之五 is 5‰, 万分之三 is 3‱, and
// 三分之一 stays a plain fraction (value 1/3, no unit).
import { candidate, type Extractor } from '../candidate.js';
import { toNumber } from '../numbers/decimal.js';
import { signBefore } from './sign.js';

const PER: Record<string, { unit: string; category: 'percent' | 'other' }> = {
  '100': { unit: '%', category: 'percent' },
  '1000': { unit: '‰', category: 'other' },
  '10000': { unit: '‱', category: 'other' },
};

export const fraction: Extractor = {
  name: 'fraction',
  extract(ctx, index) {
    const t = ctx.tokens[index]!;
    const den = t.read.denominator;
    if (!den) return null;
    // 3/4 may be a date or a score: a key figure only when written out (四分之三); --all reads it
    if (t.read.slash && !ctx.all) return null;
    // 3又百分之五 is a number, not a percentage
    const per = den.scale === 0 && !t.read.mixed && !t.read.slash ? PER[den.n.toString()] : undefined;
    // 负一又二分之一, -3/2: a sign not glued to a word or number before it
    const signAt = signBefore(ctx.text, t.start);
    const signed = signAt >= 0;
    const sign = signed ? -1 : 1;
    if (per) return candidate(signed ? signAt : t.start, t.end, t, index, sign * toNumber(t.read.value), per.unit, 'measure', per.category, t.read.approx, t.end, 'fraction');
    return candidate(signed ? signAt : t.start, t.end, t, index, (sign * toNumber(t.read.value)) / toNumber(den), null, 'measure', 'other', t.read.approx, t.end, 'fraction');
  },
};
