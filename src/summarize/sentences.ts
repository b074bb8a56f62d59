// Key sentences: TextRank over sentences (edges weighted by shared content
// words, normalised by sentence length as in Mihalcea & Tarau), then a boost
// for sentences that carry key figures, which analysts read first.

import type { SummarySentence, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { getStopWords } from './wordlists.js';

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** count of key figures in the sentence */
  figures: number;
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const EPSILON = 1e-9;
/** score multiplier per key figure, counted up to FIGURE_CAP */
const FIGURE_BOOST = 0.4;
const FIGURE_CAP = 3;
/** shorter sentences (headings, lead-ins) are not picked while longer ones exist */
const MIN_CODE_POINTS = 12;
const MIN_CONTENT_WORDS = 3;

export function rankSentences(sentences: SentenceInput[], max: number): SummarySentence[] {
  if (max <= 0 || sentences.length === 0) return [];
  const stop = getStopWords();
  const bags = sentences.map((s) => new Set(s.tokens.filter((t) => isCandidate(t, stop)).map((t) => t.word)));
  const n = sentences.length;
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = bags[i]!.size <= bags[j]!.size ? [bags[i]!, bags[j]!] : [bags[j]!, bags[i]!];
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared === 0) continue;
      const v = shared / (Math.log(bags[i]!.size + 1) + Math.log(bags[j]!.size + 1));
      sim[i]![j] = v;
      sim[j]![i] = v;
    }
  }
  const out = sim.map((row) => row.reduce((s, v) => s + v, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Array<number>(n);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) if (sim[j]![i]! > 0) s += (sim[j]![i]! / out[j]!) * score[j]!;
      next[i] = 1 - DAMPING + DAMPING * s;
      delta = Math.max(delta, Math.abs(next[i]! - score[i]!));
    }
    score = next;
    if (delta < EPSILON) break;
  }
  const eligible = (i: number) =>
    [...sentences[i]!.text].length >= MIN_CODE_POINTS && bags[i]!.size >= MIN_CONTENT_WORDS;
  let pool = sentences.map((_, i) => i).filter(eligible);
  if (pool.length === 0) pool = sentences.map((_, i) => i);
  const ranked: Ranked<number>[] = pool.map((i) => ({
    item: i,
    weight: score[i]! * (1 + FIGURE_BOOST * Math.min(sentences[i]!.figures, FIGURE_CAP)),
    first: sentences[i]!.start,
  }));
  ranked.sort(byWeightThenFirst);
  return ranked
    .slice(0, max)
    .sort((a, b) => sentences[a.item]!.start - sentences[b.item]!.start)
    .map((r) => {
      const s = sentences[r.item]!;
      return { text: s.text, start: s.start, end: s.end, score: r.weight };
    });
}
