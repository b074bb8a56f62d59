// The label: the short subject a figure measures, read from its clause without
// a segmenter. Before the number: the clause minus time words, leading verbs
// and linking words (计划投资40亿元 → 计划投资); a quoted name wins
// (建成“爱心超市”78处 → 爱心超市). After a classifier: the counted noun
// (6个项目 → 项目). Enumerations share one subject (771户、1352人脱贫成效 → 脱贫).
import type { Candidate } from '../candidate.js';
import {
  ADVERBS_BEFORE_CHANGE as ADVERBS, ATTRIBUTION, BARE_COMPARATIVES, CHANGE_VERBS, ONE_CHAR_CHANGES, MONEY_HEADS, NOUN_FOLLOWS, PHRASE_STOP_WORDS, SUBJECT_ENDS, SUBJECT_RESETS, TIME_CLAUSE, COMPARISON, GENERIC_HEADS, INNER_PLAN_WORDS, HEAD_AFTER_DE, LEADING_PERIOD, LEADING_VERBS, LEADING_WORDS, MAX_LABEL, MODALS,
  PHRASE_STOPS, PROTECTED_ENDINGS, PROTECTED_ONSETS, TRAILING_LINKS,
} from '../data/labels.js';
import { COUNTED_NOUNS, MONEY_CONTEXT, PLACE_CHARS } from '../data/nouns.js';
import { matchUnit } from '../data/units.js';
import { APPROX_AFTER, APPROX_BEFORE } from './approx.js';
import { BASIS, RATE_NOUNS } from '../data/change.js';
import { firstNoun } from './category.js';
import { clauseEnd, clauseStart } from './clause.js';
import { indexWords, wordAt, wordEnding, type WordIndex } from '../word-index.js';
import { isWordAt, onWordBoundaries, wordAcross } from './words.js';
import { charTable, codeAt, isHanAt, isHanChar } from '../../text/char-table.js';

interface Lists {
  lead: WordIndex;
  verbs: WordIndex;
  links: WordIndex;
  onsets: WordIndex;
  endings: WordIndex;
}
let lists: Lists | null = null;
const L = (): Lists =>
  (lists ??= {
    lead: indexWords(LEADING_WORDS),
    verbs: indexWords(LEADING_VERBS),
    links: indexWords([...TRAILING_LINKS, ...APPROX_BEFORE], 'last'),
    onsets: indexWords(PROTECTED_ONSETS),
    endings: indexWords(PROTECTED_ENDINGS, 'last'),
  });

const OPEN_QUOTES = '“"「『‘\'《';
const OPEN_QUOTE_T = charTable(OPEN_QUOTES);
const CLOSE_QUOTES = '”"」』’\'》';
// leading dates: 2019年 / 3月19日 / 2009年以来 (bounded repetitions, linear)
const LEADING_DATE = /^(?:[0-9０-９]{2,4}年)?(?:[0-9０-９]{1,2}(?:[至到~～\-－—]{1,2}[0-9０-９]{1,2})?月(?:份|底|末|中旬|上旬|下旬)?)?(?:[0-9０-９]{1,2}日)?(?:以来|前|底|末|初)?/;
// 连续8个月超过10%: the run of time before the verb frames the figure (it gave 月超 as a label)
const TRAILING_DURATION = /(?:连续)?[0-9０-９一二三四五六七八九十两]{1,3}(?:年|个月|天|周|个季度)(?:内|来|间)?$/;
const DATE_OPEN = charTable([...'0123456789０１２３４５６７８９以前底末初']);
const ENUM_JOINS = ['、', '和', '及', '与', '以及', '，'];

function stripLeading(s: string, allowEmpty: boolean): string {
  const { lead, verbs, onsets } = L();
  for (let guard = 0; guard < 8 && s.length > 0; guard++) {
    const before = s;
    // (every leading date opens with a digit or one of 以前底末初: others are passed without a match object)
    const d = DATE_OPEN[s.charCodeAt(0)] === 1 ? LEADING_DATE.exec(s) : null;
    if (d && d[0].length) s = s.slice(d[0].length);
    const p = LEADING_PERIOD.exec(s);
    if (p && p[0].length) s = s.slice(p[0].length);
    if (s.startsWith('的')) s = s.slice(1);
    // 在校学生, 从业人员: a one-character leading word that opens a noun stays
    const kept = wordAt(onsets, s, 0) !== null;
    for (const table of [lead, verbs]) {
      const w = wordAt(table, s, 0);
      if (w && (allowEmpty || s.length > w.length) && !(kept && w.length === 1)) s = s.slice(w.length);
    }
    s = s.trim();
    if (s === before) break;
  }
  return s;
}

function stripTrailing(s: string): string {
  const { links, endings } = L();
  for (let guard = 0; guard < 6 && s.length > 0; guard++) {
    const before = s;
    s = s.trim();
    const kept = wordEnding(endings, s) !== null;
    const w = wordEnding(links, s);
    if (w && !(kept && w.length === 1)) s = s.slice(0, -w.length);
    if (s === before) break;
  }
  return s;
}

function quoted(s: string): string | null {
  const last = s[s.length - 1] ?? '';
  const k = CLOSE_QUOTES.indexOf(last);
  if (k < 0) return null;
  for (let i = s.length - 2; i >= 0; i--) if (OPEN_QUOTES.includes(s[i]!) && s[i] !== last) return s.slice(i + 1, -1) || null;
  return null;
}

/** the subject inside a long clause: before a modal verb, or the head after the last 的 */
// (first characters as tables by code: these tests read every character of a label)
const MODAL_FIRST = charTable(MODALS.map((m) => m[0]!));

function subjectOf(s: string): string {
  let any = false;
  for (let i = 2; i < s.length && !any; i++) any = MODAL_FIRST[s.charCodeAt(i)] === 1;
  if (any) for (const m of MODALS) {
    const k = s.indexOf(m);
    if (k >= 2) s = s.slice(0, k);
  }
  if (s.length > HEAD_AFTER_DE) {
    const k = s.lastIndexOf('的');
    if (k >= 0 && s.length - k - 1 >= 2) s = s.slice(k + 1);
  }
  return s;
}

function cap(s: string): string {
  s = subjectOf(s);
  if (s.length <= MAX_LABEL) return s;
  // keep the tail: the subject sits next to the number
  const tail = s.slice(-MAX_LABEL);
  const cut = tail.search(/[的在对将]/u);
  return cut >= 0 && cut < tail.length - 2 ? tail.slice(cut + 1) : tail;
}

const MAY_PLAN = /[将预要拟]/;

/** the end of the last word after which a new subject starts (成为全省首个|产值), or -1 */
const RESET_FIRST = charTable(SUBJECT_RESETS.map((w) => w[0]!));
function lastReset(s: string): number {
  let at = -1;
  // most clauses hold none of the words: one pass over the characters says so
  let any = false;
  for (let i = 0; i < s.length && !any; i++) any = RESET_FIRST[s.charCodeAt(i)] === 1;
  if (!any) return -1;
  for (const w of SUBJECT_RESETS) {
    const k = s.lastIndexOf(w);
    if (k >= 0 && k + w.length > at) at = k + w.length;
  }
  return at;
}
const FOOTNOTE = /\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］/g;

/** the subject before the number, or '' */
function labelBefore(text: string, from: number, c: Candidate): string {
  if (from >= c.start) return '';
  // 地区生产总值[2]32074.7亿元: a footnote marker glued to the subject is not part of it
  let raw = text.slice(from, c.start).trim();
  if (raw.includes('[') || raw.includes('［')) raw = raw.replace(FOOTNOTE, '');
  let s = raw.replace(COMPARISON, '');
  s = stripTrailing(s);
  // 比去年预算高0.2个百分点: the base is not the subject; the bare comparative borrows the subject before
  if (BARE_COMPARATIVES.includes(raw[raw.length - 1] ?? '') && /[比较]/.test(raw)) {
    const base = BASIS.exec(raw);
    if (base && BARE_COMPARATIVES.includes(raw.slice(base.index + base[0].length))) return raw.slice(-1);
  }
  // 3年内 / 三年内 before the number frames it in time; it is not the subject
  s = stripTrailing(s.replace(TRAILING_DURATION, ''));
  const q = quoted(s);
  if (q) return q;
  // an open quote not closed before the number starts the subject
  let open = s.length - 1;
  while (open >= 0 && OPEN_QUOTE_T[s.charCodeAt(open)] !== 1) open--;
  if (open >= 0 && !/[”」』’]/.test(s.slice(open + 1))) s = s.slice(open + 1);
  s = stripLeading(s, true);
  // 经开区成为全省首个产值突破100亿元的园区: the park is the sentence's subject, not what is measured
  const reset = lastReset(s);
  if (reset >= 0 && s.length - reset >= 2) s = s.slice(reset);
  if (MAY_PLAN.test(s)) {
    const plain = s.replace(INNER_PLAN_WORDS, '');
    if (plain.length >= 2) s = plain;
  }
  s = cap(s);
  return dropAdverbs(s.replace(/^[“”"「」『』‘’'《》·\-—]+|[“”"「」『』‘’'《》·\-—]+$/g, ''));
}

/** adverbs between a subject and its verb of change, or closing the subject: 旅客亦上升 → 旅客上升, 价值则升 → 价值升 */
const ADVERB_LAST = new Set(ADVERBS.map((a) => a.charCodeAt(a.length - 1)));
const ONE_CHAR_CHANGE_T = charTable(ONE_CHAR_CHANGES);

function dropAdverbs(s: string): string {
  // (a one-character verb of change too: 价值则升6.1%)
  const verb = changeVerb(s) ?? (ONE_CHAR_CHANGE_T[codeAt(s, s.length - 1)] === 1 ? s[s.length - 1] : undefined);
  const tail = verb && verb !== s ? verb : '';
  const head = s.slice(0, s.length - tail.length);
  // (most labels end in none of the adverbs' last characters: one test by code)
  if (!ADVERB_LAST.has(codeAt(head, head.length - 1))) return s;
  for (const a of ADVERBS) {
    if (!head.endsWith(a) || head.length - a.length < 2) continue;
    // 人均, 细则, 首都: the character closes a word, not a clause
    if (a.length === 1 && isWordAt(head, head.length - 2, head.length)) continue;
    return head.slice(0, -a.length) + tail;
  }
  return s;
}

/** Longest bracketed gloss skipped between a subject and its number. */
const GLOSS_MAX = 24;

/**
 * 地区生产总值（GDP）356.8亿元: a bracketed gloss right before the number ends
 * the clause early; the subject stands before the opening bracket. Returns
 * that bracket's position, or -1.
 */
function glossStart(text: string, from: number, start: number): number {
  const close = text[from - 1];
  if ((close !== '）' && close !== ')') || text.slice(from, start).trim() !== '') return -1;
  const open = text.lastIndexOf(close === '）' ? '（' : '(', from - 2);
  return open > 0 && from - open <= GLOSS_MAX ? open : -1;
}


/** a noun phrase right after a figure (30万吨合成氨 → 合成氨), or '' */
function phraseAfter(text: string, pos: number): string {
  // 5119.8亿吨公里: the rest of a unit is not a noun (60岁以上人口: after 以上 it is)
  if (!isHanAt(text, pos)) return '';
  if (matchUnit(text, pos) && !APPROX_AFTER.some((w) => text.endsWith(w, pos))) return '';
  const end = clauseEnd(text, pos);
  let s = '';
  for (let i = pos; i < end && s.length < 10; i++) {
    const ch = text[i]!;
    if (!isHanChar(ch)) break;
    // a stop character inside a word (共 of 公共自行车, 上 of 以上) does not end the phrase
    if (PHRASE_STOPS.has(ch) && (s === '' || !wordAcross(text, i))) break;
    s += ch;
  }
  for (const w of PHRASE_STOP_WORDS) {
    const k = s.indexOf(w);
    if (k >= 2) s = s.slice(0, k);
  }
  for (const h of GENERIC_HEADS) if (s.endsWith(h) && s.length > h.length) s = s.slice(0, -h.length);
  return s;
}

function afterApprox(text: string, pos: number): number {
  for (const w of APPROX_AFTER) if (text.startsWith(w, pos)) return pos + w.length;
  return pos;
}

/** the counted noun after a classifier: 6个项目 → 项目, 45个投资亿元以上重点项目 → all of it */
function countedAfter(text: string, c: Candidate): string | null {
  if (c.kind !== 'classifier') return null;
  const end = clauseEnd(text, c.end);
  const s = text.slice(c.end, Math.min(end, c.end + 14));
  if (!/^\p{Script=Han}/u.test(s) || PHRASE_STOPS.has(s[0]!)) return null;
  const hit = firstNoun(s);
  if (!hit) return null;
  let stop = hit.at + hit.noun.length;
  // 30个省市, 12个县区: one-character place nouns written together are one noun
  if (hit.noun.length === 1 && PLACE_CHARS.has(hit.noun)) while (stop < s.length && stop < hit.at + 4 && PLACE_CHARS.has(s[stop]!)) stop++;
  // 119个村、居委会、社区: a noun closing its clause at 、 heads an enumeration of what is counted
  let label = s.slice(0, stop);
  let at = c.end + stop;
  while (stop === s.length && text[at] === '、' && label.length < MAX_LABEL) {
    const next = clauseEnd(text, at + 1);
    if (next - at - 1 < 1 || next - at - 1 > 5 || !/^\p{Script=Han}+$/u.test(text.slice(at + 1, next))) break;
    label += text.slice(at, next);
    at = next;
  }
  // 21个村“户户通”建设工程: a one-character noun takes the phrase that says which ones
  if (label.length === 1) {
    const quotes = '“”"「」『』';
    for (let i = at; i < end && label.length < 11; i++) {
      const ch = text[i]!;
      if (!quotes.includes(ch) && (PHRASE_STOPS.has(ch) || !isHanChar(ch))) break;
      label += ch;
    }
    label = label.replace(/[“"「『]+$/u, '');
  }
  return label;
}

/** 15.5%和23.7%的项目: the counted noun of a 的-phrase right after the figure, or '' */
function nounAfterDe(text: string, pos: number): string {
  if (text[pos] !== '的') return '';
  const s = text.slice(pos + 1, Math.min(clauseEnd(text, pos + 1), pos + 13));
  const hit = firstNoun(s);
  return hit && hit.at <= 6 ? s.slice(0, hit.at + hit.noun.length) : '';
}

const LINK_SET = new Set([...LEADING_WORDS, ...TRAILING_LINKS, ...LEADING_VERBS]);

/** a label worth showing: two characters or more, and not a lone function word (和, 对, 分别) */
export function usable(label: string | null | undefined): label is string {
  // two code points: a two-unit string is one when it is a surrogate pair
  if (!label || label.length < 2 || (label.length === 2 && /^[\uD800-\uDBFF]/.test(label))) return false;
  return !LINK_SET.has(label);
}

let changeIndex: WordIndex | null = null;
const changeVerb = (s: string): string | undefined =>
  wordEnding((changeIndex ??= indexWords(CHANGE_VERBS, 'last')), s) ?? (BARE_COMPARATIVES.includes(s) ? s : undefined);

const SENTENCE_END = /[。！？!?\n]/;

/** the label of the figure before, when c continues its clause: 由9.8%降至7.5%, 从每月70元提高到88元 */
function continued(text: string, prev: Candidate | undefined, c: Candidate, from: number): string | null {
  if (!prev || !usable(prev.label) || from !== prev.end) return null;
  const gap = text.slice(afterApprox(text, prev.end), c.start).trim();
  return gap && stripLeading(stripTrailing(gap), true) === '' ? prev.label : null;
}

/** a label that is only a verb of change takes the subject of the figure before it in the sentence */
function withSubject(text: string, prev: Candidate | undefined, c: Candidate, own: string): string {
  const verb = changeVerb(own);
  if (!verb || own.length > verb.length + 2 || !prev || !usable(prev.label)) return own;
  if (SENTENCE_END.test(text.slice(prev.end, c.start))) return own;
  const pv = changeVerb(prev.label);
  const subject = pv ? prev.label.slice(0, -pv.length) : prev.label;
  return subject.length >= 2 ? subject + own : own;
}

/** the unit itself names what is counted (14亿人口 → 人口) */
function unitNoun(text: string, c: Candidate): string | null {
  const written = text.slice(c.token.end, c.unitEnd).replace(/^[余多]/, '');
  return written.length >= 2 && COUNTED_NOUNS[written] ? written : null;
}

function setLabel(c: Candidate, label: string | null, rule: string): void {
  c.label = label;
  c.labelRule = rule;
}

export function attachLabels(text: string, cands: Candidate[]): void {
  let chainFirst: Candidate | null = null;
  let chainLabelFromAfter = false;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1];
    let from = clauseStart(text, c.start);
    let inChain = false;
    if (prev && prev.end <= c.start && prev.end >= from - 1) {
      const gap = text.slice(afterApprox(text, prev.end), c.start);
      inChain = ENUM_JOINS.includes(gap) || (gap === '' && prev.end === c.start);
      if (prev.end > from) from = prev.end;
      if (inChain && from < c.start && !ENUM_JOINS.includes(text.slice(from, c.start))) inChain = false;
    }
    if (!inChain) {
      chainFirst = c;
      chainLabelFromAfter = false;
    }
    // the readings in order of preference, each read only when those before it gave nothing
    choose: {
      const counted = countedAfter(text, c);
      if (usable(counted)) {
        setLabel(c, counted, 'counted noun after the classifier');
        break choose;
      }
      // 1-2万亿的节能投资市场: a money phrase after 的 names the amount
      const moneyNoun = c.category === 'money' && text[c.end] === '的' ? phraseAfter(text, c.end + 1) : '';
      if (usable(moneyNoun) && MONEY_CONTEXT.some((w) => moneyNoun.includes(w))) {
        setLabel(c, moneyNoun, 'money phrase after 的');
        break choose;
      }
      // 首批试点的２０００辆公共自行车, 丰台等８个区域: after 的, 等 or a verb of supplying, the counted noun follows the count
      const nounAfter =
        c.kind === 'classifier' && NOUN_FOLLOWS.some((w) => text.endsWith(w, c.start) && c.start - w.length >= from) ? phraseAfter(text, c.end) : '';
      if (usable(nounAfter)) {
        setLabel(c, nounAfter, 'counted noun after 的/等/a verb of supplying');
        break choose;
      }
      // 交纳２００元诚信保证金: what the money pays for follows it
      const paidFor = c.category === 'money' && text[c.end] !== '的' ? phraseAfter(text, c.end) : '';
      if (usable(paidFor) && MONEY_HEADS.some((h) => paidFor.endsWith(h))) {
        setLabel(c, paidFor, 'what the money pays for, after it');
        break choose;
      }
      // 30万吨合成氨, 150万户安居富民…任务: the noun right after an amount or a head count says what it is
      const measured =
        (c.kind === 'measure' && (c.category === 'quantity' || c.category === 'capacity')) || c.category === 'households'
          ? phraseAfter(text, afterApprox(text, c.end))
          : '';
      if (usable(measured)) {
        setLabel(c, measured, 'noun after the amount');
        break choose;
      }
      const gloss = inChain ? -1 : glossStart(text, from, c.start);
      let own = inChain
        ? ''
        : gloss >= 0
          ? labelBefore(text, Math.max(clauseStart(text, gloss), prev && prev.end <= gloss ? prev.end : 0), { ...c, start: gloss })
          : labelBefore(text, from, c);
      if (own) own = dropAdverbs(withSubject(text, prev, c, own));
      // 设立6项专项附加扣除: a bare verb before a count says less than the phrase after the classifier
      const countedPhrase = c.kind === 'classifier' && own.length <= 2 ? phraseAfter(text, c.end) : '';
      if (usable(countedPhrase)) {
        setLabel(c, countedPhrase, 'phrase after the classifier');
        break choose;
      }
      if (usable(own)) {
        setLabel(c, own, gloss >= 0 ? 'subject before the gloss' : 'subject before the number');
        break choose;
      }
      const shared = own ? null : continued(text, prev, c, from);
      if (!inChain && shared) {
        setLabel(c, shared, 'subject of the figure before (continued clause)');
        break choose;
      }
      if (inChain && chainFirst && usable(chainFirst.label) && !chainLabelFromAfter) {
        setLabel(c, chainFirst.label, 'first figure of the enumeration');
        break choose;
      }
      // the subject follows the chain: 771户、1352人脱贫成效; 15.5%和23.7%的项目
      let j = i;
      while (j + 1 < cands.length) {
        const next = cands[j + 1]!;
        const gap = text.slice(afterApprox(text, cands[j]!.end), next.start);
        if (!ENUM_JOINS.slice(0, 5).includes(gap)) break;
        j++;
      }
      const lastEnd = afterApprox(text, cands[j]!.end);
      const after = phraseAfter(text, lastEnd) || nounAfterDe(text, lastEnd);
      // nothing after either: what is left of the clause before (提高到6倍), if it says anything
      const rest = cap(stripLeading(stripTrailing(text.slice(from, c.start).trim()), true));
      if (usable(after)) setLabel(c, after, 'noun after the enumeration');
      else if (usable(rest)) setLabel(c, rest, 'rest of the clause');
      else setLabel(c, unitNoun(text, c), 'the unit names it');
      if (!inChain) chainLabelFromAfter = true;
      else if (chainFirst && !usable(chainFirst.label)) {
        chainFirst.label = c.label;
        chainFirst.labelRule = 'noun after the enumeration';
      }
    }
    if (!usable(c.label)) setLabel(c, unitNoun(text, c), 'the unit names it');
    // 中草药材以苍术、白芍…为主，共2357亩: nothing in the clause but a link word; the sentence's subject is what is counted
    if (!usable(c.label) && !inChain) {
      const linkOnly = text.slice(from, c.start).trim();
      if (linkOnly !== '' && stripLeading(stripTrailing(linkOnly), true) === '') {
        // 入境旅客增加35.4%，达1,509,403人次: the clause before says whose level this is
        const borrowed = subjectOfChange(text, prev, c);
        const subject = borrowed ?? sentenceSubject(text, c.start);
        if (subject) setLabel(c, subject, borrowed ? 'subject of the change before it (…增长X%，达Y)' : 'subject of the sentence');
      }
    }
    if (!c.label) c.labelRule = 'none';
  }
}

const RATE_NOUN_LIST = Object.keys(RATE_NOUNS).sort((a, b) => b.length - a.length);

/**
 * The subject of the figure before in the sentence when that figure is a
 * change (增加35.4%, 增幅达78.1%: its label ends in the verb or rate noun of
 * change, read here before changes are attached): the label without them,
 * which belong to the change and not to the level that follows.
 */
function subjectOfChange(text: string, prev: Candidate | undefined, c: Candidate): string | null {
  if (!prev || !usable(prev.label) || prev.end > c.start || c.start - prev.end > SUBJECT_REACH) return null;
  if (SENTENCE_END.test(text.slice(prev.end, c.start))) return null;
  let s = prev.label;
  const verb = changeVerb(s);
  if (verb && verb !== s) s = s.slice(0, -verb.length);
  const rate = RATE_NOUN_LIST.find((r) => s.endsWith(r) && s.length > r.length);
  if (rate) s = s.slice(0, -rate.length);
  s = stripTrailing(s);
  return s !== prev.label && usable(s) ? s : null;
}

/** s[k, k+len) is a word here: no word of the list crosses its start and none longer starts with it */
function standsAlone(s: string, k: number, len: number): boolean {
  if (wordAcross(s, k)) return false;
  for (let n = 4; n > len; n--) if (isWordAt(s, k, k + n)) return false;
  return true;
}

/** How far back (UTF-16) the subject of a sentence is looked for. */
const SUBJECT_REACH = 80;
const SENTENCE_OPEN = /[。！？!?；;\n]/;

/** the noun phrase opening the sentence of pos, before its first verb or preposition, or null */
function sentenceSubject(text: string, pos: number): string | null {
  let start = pos;
  while (start > 0 && pos - start < SUBJECT_REACH && !SENTENCE_OPEN.test(text[start - 1]!)) start--;
  if (pos - start >= SUBJECT_REACH) return null;
  let end = clauseEnd(text, start);
  // (a stray symbol or private-use character opening the sentence is no part of its words)
  const clause = (a: number, b: number) => text.slice(a, b).trim().replace(/^[^\p{L}\p{N}“"「『《]+/u, '');
  let s = clause(start, end);
  // 前天上午，北京市首批公共自行车开始投入使用: the first clause only says when;
  // 据《京华时报》报道，前天上午，…: or who says so (a bounded number of such clauses)
  for (let n = 0; n < 3 && (TIME_CLAUSE.test(s) || ATTRIBUTION.test(s)) && end < pos; n++) {
    start = end + 1;
    end = clauseEnd(text, start);
    s = clause(start, end);
  }
  s = stripLeading(s, false);
  let cut = s.length;
  for (const v of SUBJECT_ENDS) {
    // a verb or preposition only where it is a word of its own: 共 of 公共自行车, 以 of 所以 do not end the subject
    let k = s.indexOf(v);
    while (k >= 0 && k < cut && !standsAlone(s, k, v.length)) k = s.indexOf(v, k + 1);
    if (k >= 2 && k < cut) cut = k;
  }
  s = s.slice(0, cut);
  return usable(s) && s.length <= 10 && /^\p{Script=Han}+$/u.test(s) ? s : null;
}

/** How far (UTF-16) from its figure a label is looked for in the text. */
const LABEL_REACH = 60;

/**
 * Labels cut by position (a length cap, the end of the figure before) can
 * start or end inside a word: move such an edge to the word's edge. A label
 * built from several places of the text (an enumeration's shared subject) is
 * left as it is.
 */
export function keepLabelsOnWords(text: string, cands: Candidate[]): void {
  cands.forEach((c, i) => {
    const label = c.label;
    if (!usable(label)) return;
    const prev = cands[i - 1];
    // found by position, without slicing: this runs for every labelled figure
    const near = Math.max(0, c.start - LABEL_REACH);
    // (searched in a bounded window, so a label not found costs O(1))
    let at = c.start - label.length >= near ? text.slice(near, c.start).lastIndexOf(label) : -1;
    if (at >= 0) at += near;
    let limit = c.start;
    let floor = () => Math.max(clauseStart(text, c.start), prev && prev.end <= c.start ? prev.end : 0);
    if (at < 0) {
      at = text.slice(c.end, c.end + LABEL_REACH + label.length).indexOf(label);
      if (at >= 0) at += c.end;
      limit = clauseEnd(text, c.end);
      floor = () => c.end;
      if (at < 0) return;
    }
    const span = onWordBoundaries(text, at, at + label.length, floor, limit);
    const fixed = text.slice(span.start, span.end);
    if (fixed !== label && usable(fixed)) c.label = fixed;
  });
}
