// Money written without 元 where the clause is about money: 总产值4.2亿, 投资4.2亿,
// or a 的-phrase after it is (1.3万亿的投资).
// Only amounts with a 万/亿 multiplier: a bare 4.2 is not money by itself.
import { candidate, type Extractor } from '../candidate.js';
import { resultToNumber } from '../numbers/read.js';
import { moneyContext } from './context.js';
import { unitAfterToken } from './unit-after.js';

export const impliedMoney: Extractor = {
  name: 'implied-money',
  extract(ctx, index) {
    const { text } = ctx;
    const t = ctx.tokens[index]!;
    if (t.read.denominator || t.multiplierExp < 4 || unitAfterToken(text, t)) return null;
    // a Han character right after would be a word we do not know (万众…), not money
    if (/[\p{Script=Han}A-Za-z]/u.test(text[t.end] ?? '') && !'，。；、）)以左多余,;的'.includes(text[t.end]!)) return null;
    if (!moneyContext(text, t.start, t.end)) return null;
    return candidate(t.start, t.end, t, index, resultToNumber(t.read), '元', 'measure', 'money', t.read.approx, t.end, 'implied-money');
  },
};
