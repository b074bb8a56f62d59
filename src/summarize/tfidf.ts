// TF-IDF as jieba's analyse.extract_tags: term frequency over the candidate
// words times jieba's IDF, median IDF for unknown words.

import type { Keyword, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { getIdf, getStopWords } from './wordlists.js';

export function tfidfKeywords(tokens: Token[], top: number): Keyword[] {
  const stop = getStopWords();
  const { idf, median } = getIdf();
  const freq = new Map<string, { n: number; first: number }>();
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCandidate(t, stop)) continue;
    total++;
    const e = freq.get(t.word);
    if (e) e.n++;
    else freq.set(t.word, { n: 1, first: i });
  }
  const ranked: Ranked<string>[] = [];
  for (const [word, { n, first }] of freq) {
    ranked.push({ item: word, weight: (n / total) * (idf.get(word) ?? median), first });
  }
  ranked.sort(byWeightThenFirst);
  return ranked.slice(0, top).map((r) => ({ word: r.item, weight: r.weight }));
}
