// Key sentences: TextRank over sentences (edges weighted by shared content
// words, cosine-normalised so long sentences do not win by length alone), a boost
// for sentences that carry key figures, which analysts read first, and a
// redundancy discount when picking.

import { codePointLength } from '../text/codepoints.js';
import type { SummarySentence, Token } from '../types.js';
import { isCandidate } from './candidates.js';
import { byWeightThenFirst, type Ranked } from './rank.js';
import { figureFirst, isQuotable, selectionPrior } from './selection.js';
import { getStopWords } from './wordlists.js';

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  /** the sentence's tokens; only content words (candidates.ts) count */
  tokens: Token[];
  /** count of key figures in the sentence */
  figures: number;
  /** inside a table-like run of the article: never a key sentence */
  table?: boolean;
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const EPSILON = 1e-5;
/** score multiplier per key figure, counted up to FIGURE_CAP */
const FIGURE_BOOST = 0.5;
/** how much a candidate is discounted for overlapping an already picked sentence (0–1, by cosine) */
const REDUNDANCY = 0.7;
const FIGURE_CAP = 3;
/** shorter sentences (headings, lead-ins) are not picked while longer ones exist */
const MIN_CODE_POINTS = 12;
const MIN_CONTENT_WORDS = 3;
/** a summary sentence ends like one; a line without an end mark is a heading or a caption */
const ENDS_SENTENCE = /[。！？!?；;…][”’"'」』）)】\]》]*$/;

export function rankSentences(sentences: SentenceInput[], max: number): SummarySentence[] {
  if (max <= 0 || sentences.length === 0) return [];
  const bags = sentences.map(bagOf);
  const n = sentences.length;
  // Sparse graph: only sentences sharing a content word are linked, found
  // through an inverted index (word → sentences so far) with a reused counter.
  const postings = new Map<string, number[]>();
  const count = new Int32Array(n);
  const touched: number[] = [];
  const nbrs: { j: number; w: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (const w of bags[i]!) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      for (const j of list) if (count[j]!++ === 0) touched.push(j);
      list.push(i);
    }
    for (const j of touched) {
      const w = count[j]! / Math.sqrt(bags[i]!.size * bags[j]!.size);
      nbrs[i]!.push({ j, w });
      nbrs[j]!.push({ j: i, w });
      count[j] = 0;
    }
    touched.length = 0;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) for (const e of nbrs[i]!) out[i] += e.w;
  // Flattened in-edges with the transition weight w/out(j) computed once.
  const from: Int32Array[] = [];
  const by: Float64Array[] = [];
  for (const row of nbrs) {
    const js = new Int32Array(row.length);
    const ws = new Float64Array(row.length);
    for (let k = 0; k < row.length; k++) {
      js[k] = row[k]!.j;
      ws[k] = row[k]!.w / out[row[k]!.j]!;
    }
    from.push(js);
    by.push(ws);
  }
  let score = new Float64Array(n).fill(1);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Float64Array(n);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      const js = from[i]!;
      const ws = by[i]!;
      let sum = 0;
      for (let k = 0; k < js.length; k++) sum += ws[k]! * score[js[k]!]!;
      next[i] = 1 - DAMPING + DAMPING * sum;
      delta = Math.max(delta, Math.abs(next[i]! - score[i]!));
    }
    score = next;
    if (delta < EPSILON) break;
  }
  const eligible = (i: number) =>
    codePointLength(sentences[i]!.text) >= MIN_CODE_POINTS &&
    bags[i]!.size >= MIN_CONTENT_WORDS &&
    ENDS_SENTENCE.test(sentences[i]!.text) &&
    isQuotable(sentences[i]!);
  let pool = sentences.map((_, i) => i).filter(eligible);
  if (pool.length === 0) pool = sentences.map((_, i) => i);
  const ranked: Ranked<number>[] = pool.map((i) => ({
    item: i,
    weight: score[i]! * (1 + FIGURE_BOOST * Math.min(sentences[i]!.figures, FIGURE_CAP)) * selectionPrior(sentences[i]!, i),
    first: sentences[i]!.start,
  }));
  ranked.sort(byWeightThenFirst);
  // Greedy pick with a redundancy discount (maximal marginal relevance), so
  // three near-identical lead-ins do not fill the summary.
  const picked: Ranked<number>[] = [];
  const left = ranked.slice();
  const lead = figureFirst(left, (i) => sentences[i]!.figures);
  if (lead >= 0) picked.push(left.splice(lead, 1)[0]!);
  while (picked.length < max && left.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < left.length; k++) {
      const i = left[k]!.item;
      let overlap = 0;
      for (const p of picked) overlap = Math.max(overlap, cosine(bags[i]!, bags[p.item]!));
      const v = left[k]!.weight * (1 - REDUNDANCY * overlap);
      if (v > bestScore) {
        bestScore = v;
        best = k;
      }
    }
    picked.push(left.splice(best, 1)[0]!);
  }
  return picked
    .sort((a, b) => sentences[a.item]!.start - sentences[b.item]!.start)
    .map((r) => {
      const s = sentences[r.item]!;
      return { text: s.text, start: s.start, end: s.end, score: r.weight };
    });
}

/**
 * A sentence's content words. Summaries are chosen bottom-up through the
 * section tree, so one sentence is ranked at several levels: its bag is built
 * once.
 */
const bagCache = new WeakMap<SentenceInput, Set<string>>();
function bagOf(s: SentenceInput): Set<string> {
  let bag = bagCache.get(s);
  if (!bag) {
    const stop = getStopWords();
    bag = new Set();
    for (const t of s.tokens) if (isCandidate(t, stop)) bag.add(t.word);
    bagCache.set(s, bag);
  }
  return bag;
}

function cosine(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}
