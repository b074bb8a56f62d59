// --all: numbers with no unit (unit null, category other), so the number
// reader can be checked on its own. Filters in refiners/negatives.ts still apply.
import type { Extractor } from '../candidate.js';
import { resultToNumber } from '../numbers/read.js';
import { unitAfter } from './unit-after.js';

export const bare: Extractor = {
  name: 'bare',
  extract(ctx, index) {
    if (!ctx.all) return null;
    const t = ctx.tokens[index]!;
    if (t.read.denominator || unitAfter(ctx.text, t.end)) return null;
    // a lone Chinese numeral is nearly always part of a word (一起, 三农)
    if (!t.arabic && t.raw.length < 2) return null;
    return {
      start: t.start, end: t.end, token: t, lastToken: index, value: resultToNumber(t.read), unit: null,
      kind: 'bare', category: 'other', approx: t.read.approx, unitEnd: t.end, tag: 'bare',
    };
  },
};
