// Context tests for amounts written with a multiplier but no unit (4.2亿,
// 1-2万亿, 1386万): the words around them say whether they are money or people.
import { MONEY_CONTEXT, PEOPLE_NOUNS, PEOPLE_VERBS } from '../data/nouns.js';
import { PHRASE_STOPS } from '../data/labels.js';
import { clauseEnd, clauseStart } from '../refiners/clause.js';
import { isHanChar } from '../../text/char-table.js';

const AFTER_LOOK = 12;

/** the clause before the amount is about money (总产值4.2亿), or a 的-phrase after it is (1-2万亿的节能投资市场) */
export function moneyContext(text: string, start: number, end: number): boolean {
  const before = text.slice(clauseStart(text, start), start);
  if (MONEY_CONTEXT.some((w) => before.includes(w))) return true;
  if (text[end] !== '的') return false;
  const after = text.slice(end + 1, Math.min(clauseEnd(text, end + 1), end + 1 + AFTER_LOOK));
  return MONEY_CONTEXT.some((w) => after.includes(w));
}

const isHan = isHanChar;

/** a head-count noun follows the amount directly (1400万农业转移人口) or precedes it as subject (贫困人口减少1386万) */
export function peopleContext(text: string, start: number, end: number): boolean {
  let phrase = '';
  const stop = Math.min(clauseEnd(text, end), end + 8);
  for (let i = end; i < stop && isHan(text[i]!) && !PHRASE_STOPS.has(text[i]!); i++) phrase += text[i];
  if (PEOPLE_NOUNS.some((n) => phrase.endsWith(n))) return true;
  let s = start;
  while (s > 0 && (text[s - 1] === '近' || text[s - 1] === '约' || text[s - 1] === '逾')) s--;
  const before = text.slice(Math.max(0, s - 6), s);
  for (const v of PEOPLE_VERBS) {
    if (!before.endsWith(v)) continue;
    const head = before.slice(0, before.length - v.length);
    if (PEOPLE_NOUNS.some((n) => head.endsWith(n))) return true;
  }
  return false;
}
