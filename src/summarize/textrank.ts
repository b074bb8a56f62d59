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
  // undirected weighted graph: edge weight = number of co-occurrences
  const edges = new Map<string, Map<string, number>>();
  const first = new Map<string, number>();
  const link = (a: string, b: string) => {
    let m = edges.get(a);
    if (!m) edges.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!ok[i]) continue;
    const a = tokens[i]!.word;
    if (!first.has(a)) first.set(a, i);
    for (let j = i + 1; j < i + WINDOW && j < tokens.length; j++) {
      if (!ok[j]) continue;
      const b = tokens[j]!.word;
      link(a, b);
      link(b, a);
    }
  }
  const nodes = [...edges.keys()].sort((x, y) => first.get(x)! - first.get(y)!);
  if (nodes.length === 0) return [];
  const outSum = new Map<string, number>();
  for (const n of nodes) {
    let s = 0;
    for (const w of edges.get(n)!.values()) s += w;
    outSum.set(n, s);
  }
  let ws = new Map<string, number>(nodes.map((n) => [n, 1 / nodes.length]));
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Map<string, number>();
    for (const n of nodes) {
      let s = 0;
      for (const [m, w] of edges.get(n)!) s += (w / outSum.get(m)!) * ws.get(m)!;
      next.set(n, 1 - DAMPING + DAMPING * s);
    }
    ws = next;
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of ws.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const ranked: Ranked<string>[] = nodes.map((n) => ({
    item: n,
    // jieba's normalisation; all-equal ranks become 1
    weight: max - min / 10 > 0 ? (ws.get(n)! - min / 10) / (max - min / 10) : 1,
    first: first.get(n)!,
  }));
  ranked.sort(byWeightThenFirst);
  return ranked.slice(0, top).map((r) => ({ word: r.item, weight: r.weight }));
}
