// Head counts written without 人 where a person noun names them: 近1400万农业转移人口,
// 农村贫困人口减少1386万. Only amounts with a 万/亿 multiplier, as for implied money.
import { candidate, type Extractor } from '../candidate.js';
import { resultToNumber } from '../numbers/read.js';
import { peopleContext } from './context.js';
import { unitAfterToken } from './unit-after.js';

export const impliedPeople: Extractor = {
  name: 'implied-people',
  extract(ctx, index) {
    const { text } = ctx;
    const t = ctx.tokens[index]!;
    if (t.read.denominator || t.multiplierExp < 4 || unitAfterToken(text, t)) return null;
    if (!peopleContext(text, t.start, t.end)) return null;
    // a classifier-like figure: the noun after it, when there is one, is what it counts
    return candidate(t.start, t.end, t, index, resultToNumber(t.read), '人', 'classifier', 'people', t.read.approx, t.end, 'implied-people');
  },
};
