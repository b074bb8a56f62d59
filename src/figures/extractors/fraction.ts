// Fractions: 百分之十二点五 is 12.5%, 千分之五 is 5‰, 万分之三 is 3‱, and
// 三分之一 stays a plain fraction (value 1/3, no unit).
import type { Extractor } from '../candidate.js';
import { toNumber } from '../numbers/decimal.js';

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
    const per = den.scale === 0 ? PER[den.n.toString()] : undefined;
    const base = { start: t.start, end: t.end, token: t, lastToken: index, approx: t.read.approx, unitEnd: t.end, tag: 'fraction' };
    if (per) return { ...base, value: toNumber(t.read.value), unit: per.unit, kind: 'measure', category: per.category };
    return { ...base, value: toNumber(t.read.value) / toNumber(den), unit: null, kind: 'measure', category: 'other' };
  },
};
