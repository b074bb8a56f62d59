// What only looks like a figure: numerals inside words (一切, 五角大楼),
// ordinals (第一), list numbering (1. / 一、/ （一）), dates, times, phone
// numbers and model names (A320).
import type { Candidate } from '../candidate.js';
import { NUMERAL_WORDS, ORDINAL_PREFIXES } from '../data/negatives.js';
import { FINANCIAL_DIGITS, LEADING_APPROX } from '../data/numerals.js';
import { charTable, isHanAt, isHanChar } from '../../text/char-table.js';

let index: Map<string, { word: string; at: number }[]> | null = null;

function wordIndex() {
  if (!index) {
    index = new Map();
    for (const word of NUMERAL_WORDS) {
      for (let at = 0; at < word.length; at++) {
        const list = index.get(word[at]!) ?? [];
        list.push({ word, at });
        index.set(word[at]!, list);
      }
    }
  }
  return index;
}

/** a word of the list covers the whole number run */
export function insideWord(text: string, start: number, end: number): boolean {
  for (const { word, at } of wordIndex().get(text[start]!) ?? []) {
    const ws = start - at;
    if (ws >= 0 && ws + word.length >= end && text.startsWith(word, ws)) return true;
  }
  return false;
}

const LINE_START = /[\n]/;
const LIST_AFTER = new Set(['.', '．', '、', ')', '）', '是', '要', '抓']);
const DATE_JOIN = new Set(['-', '/', ':', '：', '.', '－']);
const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const isLatin = (c: string | undefined) => c !== undefined && c.length === 1 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));

function lineStartBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t' || text[i] === '（' || text[i] === '(')) i--;
  return i < 0 || LINE_START.test(text[i]!) || '。；;：:，,'.includes(text[i]!);
}

const OPEN = new Set(['“', '"', '「', '『', '‘']);
const CLOSE = new Set(['”', '"', '」', '』', '’']);

function insideShortQuote(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= 8 && isHanAt(text, i)) i--;
  if (i < 0 || !OPEN.has(text[i]!)) return false;
  let j = end;
  while (j < text.length && j - end <= 8 && isHanAt(text, j)) j++;
  return CLOSE.has(text[j] ?? '');
}

const URL = /(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[!-~]+/g;
let urlText: string | null = null;
let urlSpans: [number, number][] = [];

/** the number stands inside a URL (…?q=30%25%2020%); URL spans are found once per text */
function insideUrl(text: string, start: number): boolean {
  if (urlText !== text) {
    urlText = text;
    urlSpans = [];
    if (text.includes('://') || text.includes('www.')) for (const m of text.matchAll(URL)) urlSpans.push([m.index!, m.index! + m[0].length]);
  }
  let lo = 0;
  let hi = urlSpans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = urlSpans[mid]!;
    if (start < a) hi = mid - 1;
    else if (start >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** a lone 大写 numeral glued to a word before it is that word's character (登陆部队, 上拾取, 小明拾起) */
function financialInWord(text: string, t: Candidate['token']): boolean {
  const core = LEADING_APPROX.has(t.raw[0]!) && t.raw.length === 2 ? t.raw.slice(1) : t.raw;
  if (core.length !== 1 || !FINANCIAL_DIGITS.has(core)) return false;
  const s = t.start + t.raw.length - 1;
  const before = text[s - 1] ?? '';
  return isHanChar(before) && before !== '负' && before !== '負';
}

/** the last characters of the ordinal prefixes: a number after none of them has none */
const ORDINAL_LAST = charTable([...ORDINAL_PREFIXES].map((p) => p[p.length - 1]!));

export function isNegative(text: string, c: Candidate, all = false): boolean {
  const t = c.token;
  if (insideWord(text, t.start, t.end)) return true;
  if (financialInWord(text, t)) return true;
  const b = text.charCodeAt(c.start - 1);
  if (b >= 0x21 && b <= 0x7e && insideUrl(text, c.start)) return true;
  if (ORDINAL_LAST[text.charCodeAt(t.start - 1)] === 1) for (const p of ORDINAL_PREFIXES) if (text.startsWith(p, t.start - p.length)) return true;
  // 一 before a classifier is the article "a/one" (一个支部, 一次会), not a count
  // (--all is the number reader's own view: there 一只 is the number 1)
  if (!all && (t.raw === '一' || t.raw === '壹') && !c.range && c.tag !== 'product' && c.kind !== 'measure') return true;
  if (isLatin(text[c.start - 1]) || (c.unit === null && isLatin(text[t.end]))) return true;
  // a Chinese-numeral count inside a short quoted name is a slogan: “五个课堂”, “三个代表”
  if (!t.arabic && insideShortQuote(text, c.start, c.end)) return true;
  if (c.kind === 'bare' && c.range) {
    // 20~100 read with --all; 2019-12-31 and 0538-3222222 are a date and a phone number
    if (DATE_JOIN.has(text[c.end] ?? '') && isDigit(text[c.end + 1])) return true;
    if (DATE_JOIN.has(text[c.start - 1] ?? '') && isDigit(text[c.start - 2])) return true;
    if (/^[0０]/.test(t.raw) && t.raw.length > 1) return true;
    return false;
  }
  if (c.kind === 'bare') {
    // list numbering: 1. / 一、/ （一）/ 一是, at a line or clause start
    if (LIST_AFTER.has(text[t.end] ?? '') && lineStartBefore(text, t.start)) return true;
    if ((text[t.start - 1] === '（' || text[t.start - 1] === '(') && (text[t.end] === '）' || text[t.end] === ')')) return true;
    // dates, times, codes: 2020-01-31, 6:43:28, 2019.12
    if (DATE_JOIN.has(text[t.end] ?? '') && isDigit(text[t.end + 1])) return true;
    if (DATE_JOIN.has(text[t.start - 1] ?? '') && isDigit(text[t.start - 2])) return true;
    // phone numbers and ids: seven or more bare digits
    if (/^[0-9０-９]{7,}$/.test(t.raw)) return true;
  }
  return false;
}
