// TextRank over words as jieba's analyse.textrank: co-occurrence within a
// window of 5 tokens between words of the allowed tags, 10 iterations with
// damping 0.85, weights normalised as jieba does.

import type { Keyword, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { TEXTRANK_POS } from './pos.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { getStopWords } from './wordlists.js';

const WINDOW = 5;
const DAMPING = 0.85;
const ITERATIONS = 10;

export function textrankKeywords(tokens: Token[], top: number): Keyword[] {
  const stop = getStopWords();
  const ok = tokens.map((t) => isCandidate(t, stop) && t.tag !== undefined && TEXTRANK_POS.has(t.tag));
  // Undirected weighted graph over word ids (ids in order of first
  // occurrence); edge weight = number of co-occurrences in the window.
  const ids = new Map<string, number>();
  const words: string[] = [];
  const first: number[] = [];
  const idOf = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    if (!ok[i]) continue;
    const w = tokens[i]!.word;
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
      first.push(i);
    }
    idOf[i] = id;
  }
  const n = words.length;
  const pairs = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const a = idOf[i]!;
    if (a < 0) continue;
    for (let j = i + 1; j < i + WINDOW && j < tokens.length; j++) {
      const b = idOf[j]!;
      if (b < 0) continue;
      pairs.set(a * n + b, (pairs.get(a * n + b) ?? 0) + 1);
      pairs.set(b * n + a, (pairs.get(b * n + a) ?? 0) + 1);
    }
  }
  const nbrs: { m: number; w: number }[][] = Array.from({ length: n }, () => []);
  const outSum = new Float64Array(n);
  for (const [key, w] of pairs) {
    const a = Math.floor(key / n);
    nbrs[a]!.push({ m: key % n, w });
    outSum[a] += w;
  }
  const nodes = [...Array(n).keys()].filter((a) => nbrs[a]!.length > 0);
  if (nodes.length === 0) return [];
  let ws = new Float64Array(n).fill(1 / nodes.length);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n);
    for (const a of nodes) {
      let s = 0;
      for (const { m, w } of nbrs[a]!) s += (w / outSum[m]!) * ws[m]!;
      next[a] = 1 - DAMPING + DAMPING * s;
    }
    ws = next;
  }
  let min = Infinity;
  let max = -Infinity;
  for (const a of nodes) {
    if (ws[a]! < min) min = ws[a]!;
    if (ws[a]! > max) max = ws[a]!;
  }
  const ranked: Ranked<string>[] = nodes.map((a) => ({
    item: words[a]!,
    // jieba's normalisation; all-equal ranks become 1
    weight: max - min / 10 > 0 ? (ws[a]! - min / 10) / (max - min / 10) : 1,
    first: first[a]!,
  }));
  ranked.sort(byWeightThenFirst);
  return ranked.slice(0, top).map((r) => ({ word: r.item, weight: r.weight }));
}
