// "分别" lists: several items share one clause and one measure, and the figures
// after 分别 pair with them by position —
//   粮食、油料、蔬菜产量分别增长2.1%、3.5%、1.2%  → 粮食产量增长 / 油料产量增长 / 蔬菜产量增长
//   城市、县城污水处理率分别达到95%和88%         → 城市污水处理率 / 县城污水处理率
// The measure written once after the last item (产量, 污水处理率) is shared by
// all; items that already end in the same head (一般公共预算收入、税收收入)
// are complete. A following 分别 clause with no subject of its own (…，分别增长
// 9.6%和29.1%) reuses the items. When the counts differ nothing is paired: the
// label keeps only the shared measure, never one item for all.
import type { Candidate } from '../candidate.js';
import { CHANGE_VERBS } from '../data/labels.js';
import { FIGURE_JOINS, INTRODUCED, ITEM_CLAUSE_BREAKS, ITEM_SEPARATORS, LEADING_LIST_VERBS, LINK_VERBS, LINKS_AROUND, LIST_JOINS } from '../data/items.js';
import { APPROX_AFTER } from './approx.js';
import { clauseStart } from './clause.js';
import { BASIS } from '../data/change.js';
import { splitMeasure } from './words.js';

interface Items {
  items: string[];
  measure: string;
  sentenceEnd: number;
}

const SENTENCE_END = /[。！？!?\n]/;
/** How far (UTF-16) a 分别 clause's items are reused by the clauses after it. */
const SENTENCE_REACH = 200;
const FURNITURE = /^(?:其中|同时|此外|另外|比如|例如|譬如|全年|今年|去年|目前|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?)/;
/** fillers dropped from a measure read in the clause before: 受理的一些项目 → 受理项目 */
const FILLERS = /一些|这些|那些|部分|的/g;

function afterApprox(text: string, pos: number): number {
  for (const w of APPROX_AFTER) if (text.startsWith(w, pos)) return pos + w.length;
  return pos;
}

function splitItems(subject: string): string[] {
  for (const sep of ITEM_SEPARATORS) {
    const parts = subject.split(sep);
    if (parts.length > 1) {
      // 、 lists may end with 和/及: 粮食、油料和蔬菜
      const out: string[] = [];
      for (const p of parts) out.push(...(sep === '、' ? p.split(/以及|和|及|与/) : [p]));
      return out.map((p) => p.trim());
    }
  }
  return [subject];
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** the items and the shared measure of a subject, or null when it is not a list */
function readItems(subject: string): { items: string[]; measure: string } | null {
  const parts = splitItems(subject);
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > 16)) return null;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  // 第一、二、三产业增加值: ordinals written once; each item is 第 + its numeral, the rest of the last is the measure
  if (/^第[一二三四五六七八九十]$/.test(first) && parts.slice(1, -1).every((p) => /^第?[一二三四五六七八九十]$/.test(p))) {
    const m = /^第?([一二三四五六七八九十])(.+)$/.exec(last);
    if (m) return { items: parts.map((p, k) => '第' + (k === parts.length - 1 ? m[1]! : p.replace(/^第/, ''))), measure: m[2]! };
  }
  // 一般公共预算收入、税收收入: every item already names its measure
  if (commonSuffix(first, last) >= 1) return { items: parts, measure: '' };
  const rest = parts.slice(0, -1);
  const size = Math.round(rest.reduce((n, p) => n + p.length, 0) / rest.length);
  if (last.length <= size) return { items: parts, measure: '' };
  const [item, measure] = splitMeasure(last, size);
  return { items: [...rest, item], measure };
}

const BASIS_ALL = new RegExp(BASIS.source, 'g');

/** the verb after 分别, kept in the label when it is a change (增长), dropped when it only links (为, 达到) */
function verbSuffix(verb: string): string {
  const v = verb.replace(BASIS_ALL, '').replace(/了$/, '');
  if (!v || LINK_VERBS.includes(v)) return '';
  return CHANGE_VERBS.some((c) => v === c || v.endsWith(c)) ? v : '';
}

/** How far (UTF-16) before a figure 分别 can stand: a clause is at most this long (refiners/clause.ts). */
const REACH = 40;

export function attachItems(text: string, cands: Candidate[]): void {
  // most texts have few 分别: find them once, then look only near them
  // (only where these candidates stand: a text refined in parts is searched once in all)
  if (!cands.length) return;
  const marks: number[] = [];
  const lo = Math.max(0, cands[0]!.start - REACH);
  // (a slice: an indexOf on the whole text would read on to its end after the last mark)
  const region = text.slice(lo, cands[cands.length - 1]!.start + 1);
  for (let k = region.indexOf('分别'); k >= 0; k = region.indexOf('分别', k + 2)) marks.push(lo + k);
  if (!marks.length) return;
  let m = 0;
  let previous: Items | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (previous && c.start >= previous.sentenceEnd) previous = null;
    while (m < marks.length && marks[m]! < c.start - REACH) m++;
    if (m >= marks.length || marks[m]! >= c.start) continue;
    const from = clauseStart(text, c.start, ITEM_CLAUSE_BREAKS);
    const before = text.slice(from, c.start);
    const k = before.lastIndexOf('分别');
    if (k < 0) continue;
    const verb = before.slice(k + 2);
    // 分别在五家渠投资近5亿元、库车投资7.2亿元: each figure has its own clause
    if (verb.length > 8 || /[0-9０-９、，]/.test(verb)) continue;
    let j = i;
    while (j + 1 < cands.length && FIGURE_JOINS.includes(text.slice(afterApprox(text, cands[j]!.end), cands[j + 1]!.start))) j++;
    const group = cands.slice(i, j + 1);
    i = j;
    // bounded like every look around a figure (a sentence further on needs no reuse of these items)
    const nl = text.slice(c.start, c.start + SENTENCE_REACH).search(SENTENCE_END);
    const sentenceEnd = nl < 0 ? Math.min(text.length, c.start + SENTENCE_REACH) : c.start + nl;
    const subject = before.slice(0, k).replace(FURNITURE, '').trim().replace(LINKS_AROUND, '');
    const suffix = verbSuffix(verb.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    let read = subject ? readItems(subject) : null;
    let measure = read?.measure ?? '';
    if (!read && !subject && !previous && (text[from - 1] === '，' || text[from - 1] === ',')) {
      // 环境保护部和地方环保部门受理的一些项目，分别有15.5%和23.7%的项目…: the items close the clause before
      const prevFrom = clauseStart(text, from - 1, ITEM_CLAUSE_BREAKS);
      const r = readItems(text.slice(prevFrom, from - 1).replace(FURNITURE, '').trim().replace(INTRODUCED, ''));
      if (r) read = { items: r.items, measure: r.measure.replace(FILLERS, '') };
      measure = read?.measure ?? '';
    }
    if (!read && previous) {
      // …，分别增长9.6%和29.1% / 占规模以上工业比重分别为…: the items of the 分别 before
      read = { items: previous.items, measure: subject || previous.measure };
      measure = read.measure;
    }
    if (!read) {
      if (group.length > 1) previous = null;
      continue;
    }
    previous = { items: read.items, measure: read.measure, sentenceEnd };
    if (read.items.length !== group.length) {
      // counts differ: pairing would be a guess; keep the shared measure only
      const shared = measure ? measure + suffix : null;
      for (const g of group) {
        g.label = shared && shared.length >= 2 ? shared : null;
        g.labelRule = '分别: items and figures differ in number, shared measure only';
      }
      continue;
    }
    group.forEach((g, n) => {
      g.label = read!.items[n]! + measure + suffix;
      g.labelRule = `分别: item ${n + 1} of ${group.length}`;
    });
  }
}

/** verbs of the clause, longest first: the subject is what stands before */
const CLAUSE_VERBS = [...new Set([...CHANGE_VERBS, ...LINK_VERBS])].sort((a, b) => b.length - a.length);

/**
 * Parallel lists without 分别 (进口和出口增长3.2%和1.8%, 实现营业收入和利润总额58亿元和6亿元):
 * as many items as figures, the figures joined directly. Only figures that
 * would otherwise share one label are paired; counts that differ, or a subject
 * that is no list, leave them as they are.
 */
export function attachParallelItems(text: string, cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!;
    let j = i;
    while (j + 1 < cands.length && LIST_JOINS.includes(text.slice(afterApprox(text, cands[j]!.end), cands[j + 1]!.start))) j++;
    if (j === i) continue;
    const group = cands.slice(i, j + 1);
    i = j;
    if (group.some((g) => g.labelRule?.startsWith('分别') || g.label !== c.label || g.unit !== c.unit)) continue;
    const from = clauseStart(text, c.start, ITEM_CLAUSE_BREAKS);
    let before = text.slice(from, c.start).replace(FURNITURE, '').trim().replace(LINKS_AROUND, '');
    if (before.includes('分别') || before.includes('分別') || /[0-9０-９]/.test(before)) continue;
    let verb = '';
    for (const v of CLAUSE_VERBS) {
      const at = before.lastIndexOf(v);
      if (at > 0 && before.length - at - v.length <= 2) {
        verb = before.slice(at);
        before = before.slice(0, at);
        break;
      }
    }
    before = before.replace(LEADING_LIST_VERBS, '');
    const read = readItems(before);
    if (!read || read.items.length !== group.length || read.items.some((it) => it.length < 2 || it.length > 8)) continue;
    const suffix = verbSuffix(verb);
    group.forEach((g, n) => {
      g.label = read.items[n]! + read.measure + suffix;
      g.labelRule = `parallel list: item ${n + 1} of ${group.length}`;
    });
  }
}

