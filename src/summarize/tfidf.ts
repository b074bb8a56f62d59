// TF-IDF as jieba's analyse.extract_tags: term frequency over the candidate
// words times jieba's IDF, median IDF for unknown words.

import type { Keyword, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { getIdf, getStopWords } from './wordlists.js';

/** cppjieba's tag for words outside its dictionary */
const UNKNOWN_TAG = 'x';

export function tfidfKeywords(tokens: Token[], top: number): Keyword[] {
  const stop = getStopWords();
  const { idf, median } = getIdf();
  const freq = new Map<string, { n: number; first: number; unknown: boolean }>();
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCandidate(t, stop)) continue;
    total++;
    const e = freq.get(t.word);
    if (e) e.n++;
    else freq.set(t.word, { n: 1, first: i, unknown: t.tag === UNKNOWN_TAG });
  }
  const ranked: Ranked<string>[] = [];
  for (const [word, { n, first, unknown }] of freq) {
    // A two-character word the dictionary does not know (HMM-made: 于基, 刘长)
    // gets the default IDF, high enough to rank a one-off fragment first; it
    // must recur to be a keyword.
    if (unknown && n < 2 && word.length === 2) continue;
    ranked.push({ item: word, weight: (n / total) * (idf.get(word) ?? median), first });
  }
  ranked.sort(byWeightThenFirst);
  return ranked.slice(0, top).map((r) => ({ word: r.item, weight: r.weight }));
}
