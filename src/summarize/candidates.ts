// Which tokens may be keywords (and count as content words for sentence
// similarity): no stop words, numbers, punctuation or single characters.

import type { Token } from '../types.js';
import { EXCLUDED_POS_PREFIXES } from './pos.js';
import { getStopWords } from './wordlists.js';

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /[0-9０-９]/;
/** a word made only of Chinese numerals and magnitudes: 三, 二十, 上万, 几百 */
const CHINESE_NUMBER = /^[零〇一二三四五六七八九十百千万亿两几数上多余]+$/;

function excludedTag(tag: string | undefined): boolean {
  if (!tag) return false;
  for (const p of EXCLUDED_POS_PREFIXES) if (tag.startsWith(p)) return true;
  return false;
}

/** No candidate is shorter, in UTF-16 units: one character is never a keyword. */
export const CANDIDATE_MIN_UNITS = 2;

/** Whether a word with this tag may be a keyword (isCandidate for a word not held in a Token). */
export function isCandidateWord(w: string, tag: string | undefined, stop: Set<string> = getStopWords()): boolean {
  return decide(w, tag, stop);
}

function decide(w: string, tag: string | undefined, stop: Set<string>): boolean {
  if (w.length < CANDIDATE_MIN_UNITS || (w.length === 2 && w.codePointAt(0)! > 0xffff)) return false; // one code point
  if (!HAS_LETTER.test(w) || HAS_DIGIT.test(w) || CHINESE_NUMBER.test(w)) return false;
  if (excludedTag(tag)) return false;
  return !stop.has(w.toLowerCase());
}

// The same word/tag pairs recur throughout a text: decide each pair once.
// Keyed by word alone (a word nearly always carries the same tag), with the
// tag checked, so no key string is built per token.
const cache = new Map<string, { tag: string | undefined; v: boolean }>();
let cachedFor: Set<string> | null = null;
const CACHE_MAX = 500_000;

export function isCandidate(t: Token, stop: Set<string> = getStopWords()): boolean {
  if (cachedFor !== stop || cache.size >= CACHE_MAX) {
    cache.clear();
    cachedFor = stop;
  }
  const hit = cache.get(t.word);
  if (hit !== undefined && hit.tag === t.tag) return hit.v;
  const v = decide(t.word, t.tag, stop);
  cache.set(t.word, { tag: t.tag, v });
  return v;
}
