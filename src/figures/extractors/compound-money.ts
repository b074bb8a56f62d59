// Money in two units: 五元三毛 = 5.3元, 3块5 = 3.5元, 2元5角8分 = 2.58元.
import { candidate, type Extractor } from '../candidate.js';
import { MONEY_MAIN, MONEY_SUBUNITS } from '../data/units.js';
import { add, shift, toNumber } from '../numbers/decimal.js';
import { charTable, codeAt } from '../../text/char-table.js';

const OPENS_T = charTable([...MONEY_MAIN, ...Object.keys(MONEY_SUBUNITS)]);

export const compoundMoney: Extractor = {
  name: 'compound-money',
  extract(ctx, index) {
    const { text, tokens } = ctx;
    const a = tokens[index]!;
    // (a test by code first: most numbers are followed by neither, and a look-up by string key is a megamorphic load)
    if (OPENS_T[codeAt(text, a.end)] !== 1) return null;
    const main = text[a.end]!;
    // 三角五分, 两毛五: a compound may also start at 角/毛 (tenths of 元)
    const startPlace = MONEY_MAIN.has(main) ? 0 : MONEY_SUBUNITS[main] === 1 ? 1 : -1;
    if (a.read.denominator || startPlace < 0) return null;
    let value = shift(a.read.value, -startPlace);
    let end = a.end + 1;
    let last = index;
    let place = startPlace;
    for (let k = index + 1; k < tokens.length && k <= index + 2; k++) {
      const t = tokens[k]!;
      if (t.start !== end || t.read.denominator || t.read.value.scale > 0 || t.read.value.n > 9n) break;
      const sub = MONEY_SUBUNITS[text[t.end] ?? ''];
      if (sub !== undefined && sub > place) {
        value = add(value, shift(t.read.value, -sub));
        end = t.end + 1;
        last = k;
        place = sub;
        continue;
      }
      // 3块5: a lone digit after 块 is 角; 两毛五: after 毛 it is 分
      if ((main === '块' || main === '毛') && place === startPlace && !/[\p{Script=Han}0-9]/u.test(text[t.end] ?? '')) {
        value = add(value, shift(t.read.value, -1 - startPlace));
        end = t.end;
        last = k;
      }
      break;
    }
    if (last === index && main !== '块' && main !== '毛') return null;
    if (last === index && text[end] !== '钱') return null;
    if (text[end] === '钱') end++;
    return candidate(a.start, end, a, last, toNumber(value), '元', 'measure', 'money', a.read.approx, end, 'compound-money');
  },
};
