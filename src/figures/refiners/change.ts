// change: a figure that is a rise or fall, not a level. The verb of change
// stands right before the number (增长6.1%, 下降了0.4%, 比去年预算高0.2个百分点);
// followed by 到/至/为 it gives the level reached instead (提高到88元).
// `basis` is the comparison the clause names (同比, 比上年, 较2010年).
import type { FigureChange } from '../../types.js';
import type { Candidate } from '../candidate.js';
import { APPROX_AFTER } from './approx.js';
import { clauseStart } from './clause.js';
import { CLAUSE_BREAKS } from '../data/labels.js';
import { BASIS, BETWEEN, COMPARATIVE_DOWN, COMPARATIVE_UP, DOWN_VERBS, RATE_LINKS, RATE_NOUNS, UP_VERBS } from '../data/change.js';
import { indexWords, wordEnding, type WordIndex } from '../word-index.js';
import { charTable, codeAt } from '../../text/char-table.js';

let lists: { verbs: WordIndex; between: WordIndex; dir: Map<string, 'up' | 'down'> } | null = null;
function L() {
  if (lists) return lists;
  const dir = new Map<string, 'up' | 'down'>();
  for (const v of UP_VERBS) dir.set(v, 'up');
  for (const v of DOWN_VERBS) dir.set(v, 'down');
  for (const v of COMPARATIVE_UP) dir.set(v, 'up');
  for (const v of COMPARATIVE_DOWN) dir.set(v, 'down');
  return (lists = { verbs: indexWords(dir.keys(), 'last'), between: indexWords(BETWEEN, 'last'), dir });
}

const COMPARATIVES = new Set([...COMPARATIVE_UP, ...COMPARATIVE_DOWN]);

export interface ChangeReading {
  change: FigureChange;
  /** the verb (and basis) that made it a change, for --explain */
  why: string;
}

/**
 * The change a figure states, from the clause text before it (`before`, up to
 * the number), or null for a level.
 */
export function readChange(before: string): ChangeReading | null {
  const { verbs, between, dir } = L();
  let s = before;
  if (/[\s\u3000]$/u.test(s)) s = s.replace(/[\s\u3000]+$/u, '');
  for (let guard = 0; guard < 3; guard++) {
    const w = wordEnding(between, s);
    if (!w) break;
    s = s.slice(0, -w.length);
  }
  const verb = wordEnding(verbs, s);
  if (!verb) return rateNoun(s, before);
  const basis = BASIS.exec(before)?.[0] ?? null;
  // 最高6倍, 大6个: a bare comparative is a change only against something (比/较)
  if (COMPARATIVES.has(verb) && !/[比较]/.test(s.slice(0, -verb.length))) return null;
  return { change: { direction: dir.get(verb)!, basis }, why: basis ? `${verb} (${basis})` : verb };
}

const RATES = Object.entries(RATE_NOUNS);
const RATE_TAILS = charTable([...RATES.map(([n]) => n[n.length - 1]!), ...RATE_LINKS.map((l) => l[l.length - 1]!)]);

/** 净值增长率达到17.90%: the subject is itself a rate of change */
function rateNoun(s: string, before: string): ChangeReading | null {
  // every rate noun ends in 率, 速, 幅 or 度, and every link before the number in 到, 达, 为, 是, 了 or 过
  if (RATE_TAILS[codeAt(s, s.length - 1)] !== 1) return null;
  for (const l of RATE_LINKS) if (s.endsWith(l)) s = s.slice(0, -l.length);
  for (const [noun, direction] of RATES) {
    if (s.endsWith(noun)) {
      const basis = BASIS.exec(before)?.[0] ?? null;
      return { change: { direction, basis }, why: `rate ${noun}` };
    }
  }
  return null;
}

/** the longest verb of change with the words allowed between it and the number (增长了近, 反弹幅度超过了) */
const TAIL = 12;

const BREAK = new Uint8Array(0x10000);
for (const ch of CLAUSE_BREAKS) BREAK[ch.charCodeAt(0)] = 1;

function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (BREAK[text.charCodeAt(i)]) return i;
  return -1;
}

const CHAIN_JOINS = new Set(['、', '和', '与', '及', '以及']);

function afterApprox(text: string, pos: number): number {
  for (const w of APPROX_AFTER) if (text.startsWith(w, pos)) return pos + w.length;
  return pos;
}

/**
 * Changes of all candidates, in text order: a figure that continues an
 * enumeration (分别增长2.1%、3.5%和1.2%) shares the change of the one before.
 */
export function attachChanges(text: string, cands: Candidate[]): void {
  // a basis stated once holds for the later changes of its sentence (比上一年下降了4.2%，二氧化硫下降了5.95%)
  let last: { end: number; basis: string } | null = null;
  const inherit = (c: Candidate) => {
    if (!c.change) return;
    if (c.change.basis) last = { end: c.end, basis: c.change.basis };
    else if (last && !SENTENCE_END.test(text.slice(last.end, c.start))) {
      c.change.basis = last.basis;
      c.changeWhy = `${c.changeWhy ?? ''} (basis of the sentence: ${last.basis})`;
    }
  };
  for (let i = 0; i < cands.length; i++) {
    if (i > 0) inherit(cands[i - 1]!);
    const c = cands[i]!;
    const prev = cands[i - 1];
    if (prev && prev.end <= c.start && c.start - prev.end <= 3) {
      const gap = text.slice(afterApprox(text, prev.end), c.start);
      if (CHAIN_JOINS.has(gap) || (gap === '' && prev.end === c.start)) {
        if (prev.change) {
          c.change = { ...prev.change };
          c.changeWhy = prev.changeWhy;
        }
        continue;
      }
    }
    let from = Math.max(0, c.start - TAIL);
    if (prev && prev.end > from && prev.end <= c.start) from = prev.end;
    const brk = lastBreak(text, from, c.start);
    if (brk >= 0) from = brk + 1;
    // the verb sits right before the number: read the tail first, the whole clause (for the basis) only on a hit
    if (!readChange(text.slice(Math.max(from, c.start - TAIL), c.start))) continue;
    let whole = clauseStart(text, c.start);
    if (prev && prev.end > whole && prev.end <= c.start) whole = prev.end;
    const r = readChange(text.slice(whole, c.start));
    if (r && !r.change.basis && whole > 1 && text[whole - 1] === '，') {
      // 与2005年相比，化学需氧量排放累计下降了6.61%: the comparison framing the clause before
      const framing = FRAMING_BASIS.exec(text.slice(clauseStart(text, whole - 1), whole - 1));
      if (framing) {
        r.change.basis = framing[0];
        r.why += ` (${framing[0]})`;
      }
    }
    if (r) {
      c.change = r.change;
      c.changeWhy = r.why;
    }
  }
  if (cands.length) inherit(cands[cands.length - 1]!);
}

const SENTENCE_END = /[。！？!?\n]/;
/** a clause that only frames a comparison: 与2005年相比, 同上年相比, 和去年同期比 */
const FRAMING_BASIS = /(?:与|同|和|跟)[^，。；与同和跟]{1,12}(?:相比|比较|比)$/;
