// TF-IDF as jieba's analyse.extract_tags: term frequency over the candidate
// words times jieba's IDF, median IDF for unknown words. Counting and ranking
// are apart so that counts can be summed up a section tree instead of
// recounted at every level.

import type { Keyword, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { getIdf, getStopWords } from './wordlists.js';

/** cppjieba's tag for words outside its dictionary */
const UNKNOWN_TAG = 'x';

interface Term {
  n: number;
  /** where the word first occurs, for ties: a token index, or an offset when counts are merged */
  first: number;
  /** the tag at that first occurrence was the unknown-word tag */
  unknown: boolean;
}

export interface TermCounts {
  total: number;
  terms: Map<string, Term>;
}

export interface CountOptions {
  /** the tokens are candidates already (filtered by the caller) */
  candidates?: boolean;
  /** order ties by the tokens' text offsets, so counts of different spans can be merged */
  byOffset?: boolean;
}

export function countTerms(tokens: Token[], opts: CountOptions = {}): TermCounts {
  const stop = opts.candidates ? null : getStopWords();
  const terms = new Map<string, Term>();
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (stop && !isCandidate(t, stop)) continue;
    total++;
    const e = terms.get(t.word);
    if (e) e.n++;
    else terms.set(t.word, { n: 1, first: opts.byOffset ? t.start : i, unknown: t.tag === UNKNOWN_TAG });
  }
  return { total, terms };
}

/** Counts of several spans together; the inputs are left as they are. */
export function mergeTerms(parts: TermCounts[]): TermCounts {
  const terms = new Map<string, Term>();
  let total = 0;
  for (const part of parts) {
    total += part.total;
    for (const [word, t] of part.terms) {
      const e = terms.get(word);
      if (!e) terms.set(word, { ...t });
      else {
        e.n += t.n;
        if (t.first < e.first) {
          e.first = t.first;
          e.unknown = t.unknown;
        }
      }
    }
  }
  return { total, terms };
}

/**
 * The `top` terms by TF-IDF. `context`: the counts of the whole text a span
 * belongs to (a section's article), where an unknown word must recur.
 */
export function rankTerms(counts: TermCounts, top: number, context: TermCounts = counts): Keyword[] {
  const { idf, median } = getIdf();
  const best: Ranked<string>[] = [];
  for (const [word, { n, first, unknown }] of counts.terms) {
    // A word the dictionary does not know is HMM-made (于基, 刘长, 西接安 of
    // 西接安图县) and gets the default IDF, high enough to rank a one-off
    // fragment first in a short section. A real name recurs in its article
    // (三源浦 of 三源浦镇, once in the lead, ten times in all); a fragment
    // rarely does.
    if (unknown && (context.terms.get(word)?.n ?? n) < 2) continue;
    insertTop(best, { item: word, weight: (n / counts.total) * (idf.get(word) ?? median), first }, top);
  }
  return best.map((r) => ({ word: r.item, weight: r.weight }));
}

/** Keeps the `top` best in order, as a full sort by byWeightThenFirst would. */
export function insertTop(best: Ranked<string>[], r: Ranked<string>, top: number): void {
  if (top <= 0) return;
  if (best.length === top && byWeightThenFirst(r, best[top - 1]!) >= 0) return;
  let i = best.length;
  while (i > 0 && byWeightThenFirst(r, best[i - 1]!) < 0) i--;
  best.splice(i, 0, r);
  if (best.length > top) best.pop();
}

export function tfidfKeywords(tokens: Token[], top: number): Keyword[] {
  return rankTerms(countTerms(tokens), top);
}
