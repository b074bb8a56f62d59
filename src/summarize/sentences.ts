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

/** distinct word ids (an Int32Array, or numbers) */
export type WordBag = ArrayLike<number> & Iterable<number>;

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  /** the sentence's tokens; only content words (candidates.ts) count */
  tokens?: Token[];
  /**
   * Instead of tokens: the ids of the sentence's distinct content words, in
   * order of first occurrence, from one table shared by the sentences ranked
   * together (pipeline/body-words.ts).
   */
  bag?: WordBag;
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
/** a summary sentence ends like one (an end mark, then closers); a line without an end mark is a heading or a caption */
const END_MARKS = '。！？!?；;…';
const CLOSERS = '”’"\'」』）)】]》';

export function rankSentences(sentences: SentenceInput[], max: number): SummarySentence[] {
  if (max <= 0 || sentences.length === 0) return [];
  const bags = bagsOf(sentences);
  const n = sentences.length;
  // Sparse graph: only sentences sharing a content word are linked, found
  // through an inverted index (word → sentences so far) with a reused counter.
  // Edges go into flat arrays in the order they are found; each node's row is
  // then laid out in that order, so sums run in the same order as ever.
  const postings = postingsFor(bags);
  const count = new Int32Array(n);
  const touched: number[] = [];
  const ea: number[] = [];
  const eb: number[] = [];
  const ew: number[] = [];
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const bag = bags[i]!;
    for (let x = 0; x < bag.length; x++) {
      const list = postings.lists[postings.slot[bag[x]!]!]!;
      for (const j of list) if (count[j]!++ === 0) touched.push(j);
      list.push(i);
    }
    for (const j of touched) {
      ea.push(i);
      eb.push(j);
      ew.push(count[j]! / Math.sqrt(bag.length * bags[j]!.length));
      degree[i]!++;
      degree[j]!++;
      count[j] = 0;
    }
    touched.length = 0;
  }
  // rows in CSR form: node i's neighbours are nb[row[i]] … nb[row[i + 1] - 1]
  const row = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) row[i + 1] = row[i]! + degree[i]!;
  const fill = row.slice(0, n);
  const nb = new Int32Array(row[n]!);
  const nw = new Float64Array(row[n]!);
  for (let e = 0; e < ea.length; e++) {
    const i = ea[e]!;
    const j = eb[e]!;
    nb[fill[i]!] = j;
    nw[fill[i]!++] = ew[e]!;
    nb[fill[j]!] = i;
    nw[fill[j]!++] = ew[e]!;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let e = row[i]!; e < row[i + 1]!; e++) out[i] += nw[e]!;
  // The transition weight w/out(j) of every in-edge, computed once.
  const by = new Float64Array(nw.length);
  for (let e = 0; e < nw.length; e++) by[e] = nw[e]! / out[nb[e]!]!;
  let score = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    let delta = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let e = row[i]!; e < row[i + 1]!; e++) sum += by[e]! * score[nb[e]!]!;
      next[i] = 1 - DAMPING + DAMPING * sum;
      delta = Math.max(delta, Math.abs(next[i]! - score[i]!));
    }
    [score, next] = [next, score];
    if (delta < EPSILON) break;
  }
  const eligible = (i: number) => bags[i]!.length >= MIN_CONTENT_WORDS && quotable(sentences[i]!);
  // Index loops, not sentences.map(): callers hand in arrays of several
  // element kinds, and an inlined map() then deoptimised this function over and over.
  let pool: number[] = [];
  for (let i = 0; i < n; i++) if (eligible(i)) pool.push(i);
  if (pool.length === 0) for (let i = 0; i < n; i++) pool.push(i);
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
  // Each candidate's largest overlap with the picked so far, updated per pick.
  const overlap = new Float64Array(left.length);
  let seenPicks = 0;
  while (picked.length < max && left.length > 0) {
    for (; seenPicks < picked.length; seenPicks++) {
      const p = markBag(bags[picked[seenPicks]!.item]!);
      for (let k = 0; k < left.length; k++) overlap[k] = Math.max(overlap[k]!, cosine(bags[left[k]!.item]!, p));
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < left.length; k++) {
      const v = left[k]!.weight * (1 - REDUNDANCY * overlap[k]!);
      if (v > bestScore) {
        bestScore = v;
        best = k;
      }
    }
    picked.push(left.splice(best, 1)[0]!);
    overlap.copyWithin(best, best + 1);
  }
  return picked
    .sort((a, b) => sentences[a.item]!.start - sentences[b.item]!.start)
    .map((r) => {
      const s = sentences[r.item]!;
      return { text: s.text, start: s.start, end: s.end, score: r.weight };
    });
}

/**
 * Each sentence's distinct content words as ids. The pipeline hands them
 * over (SentenceInput.bag); sentences with tokens only get ids from a table
 * of this module, so sentences ranked together must all carry bags from one
 * article's table, or all carry tokens.
 */
function bagsOf(sentences: SentenceInput[]): WordBag[] {
  if (tokenIds.size > TOKEN_IDS_MAX) {
    tokenIds = new Map();
    bagCache = new WeakMap();
  }
  const out: WordBag[] = [];
  for (let i = 0; i < sentences.length; i++) out.push(bagOf(sentences[i]!));
  return out;
}

// Summaries are chosen bottom-up through the section tree, so one sentence is
// ranked at several levels: its bag is built once.
let bagCache = new WeakMap<SentenceInput, Int32Array>();
let tokenIds = new Map<string, number>();
const TOKEN_IDS_MAX = 1_000_000;

function bagOf(s: SentenceInput): WordBag {
  if (s.bag) return s.bag;
  let bag = bagCache.get(s);
  if (!bag) {
    const stop = getStopWords();
    const seen = new Set<number>();
    const ids: number[] = [];
    for (const t of s.tokens ?? []) {
      if (!isCandidate(t, stop)) continue;
      let id = tokenIds.get(t.word);
      if (id === undefined) tokenIds.set(t.word, (id = tokenIds.size));
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
    bag = Int32Array.from(ids);
    bagCache.set(s, bag);
  }
  return bag;
}

/** Whether a sentence's text may make a key sentence: long enough, ending like a sentence, quotable. */
function quotable(s: SentenceInput): boolean {
  return codePointLength(s.text) >= MIN_CODE_POINTS && endsLikeSentence(s.text) && isQuotable(s);
}

/**
 * /[。！？!?；;…][”’"'」』）)】\]》]*$/.test(text), read from the end: the regex
 * tries every end mark of the text, about a microsecond a sentence, and every
 * sentence of an article is a candidate. No closer is an end mark, so the
 * mark must stand just before the closers the text ends with.
 */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && END_MARKS.includes(text[i]!);
}

/**
 * An empty posting list per distinct word of the bags, found through an
 * array by word id (reused across calls, by stamp) rather than a map.
 */
let postSlot = new Int32Array(1024);
let postStamp = new Int32Array(1024);
let postCall = 0;
function postingsFor(bags: WordBag[]): { slot: Int32Array; lists: number[][] } {
  if (++postCall > 2 ** 30) {
    postStamp.fill(0);
    postCall = 1;
  }
  const lists: number[][] = [];
  for (const bag of bags)
    for (let x = 0; x < bag.length; x++) {
      const w = bag[x]!;
      if (w >= postSlot.length) {
        const size = Math.max(w + 1, postSlot.length * 2);
        const slot = new Int32Array(size);
        slot.set(postSlot);
        const stamp = new Int32Array(size);
        stamp.set(postStamp);
        postSlot = slot;
        postStamp = stamp;
      }
      if (postStamp[w] !== postCall) {
        postStamp[w] = postCall;
        postSlot[w] = lists.length;
        lists.push([]);
      }
    }
  return { slot: postSlot, lists };
}

/** The words of one bag marked in a reused array (by id), for cosines against it. */
let marks = new Int32Array(1024);
let markStamp = 0;
interface Marked {
  stamp: number;
  size: number;
}
function markBag(bag: WordBag): Marked {
  if (++markStamp > 2 ** 30) {
    marks.fill(0);
    markStamp = 1;
  }
  for (let i = 0; i < bag.length; i++) {
    const w = bag[i]!;
    if (w >= marks.length) {
      const next = new Int32Array(Math.max(w + 1, marks.length * 2));
      next.set(marks);
      marks = next;
    }
    marks[w] = markStamp;
  }
  return { stamp: markStamp, size: bag.length };
}

/** Cosine of two sets of distinct words, b marked by markBag (and no bag marked since). */
function cosine(a: WordBag, b: Marked): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    if (w < marks.length && marks[w] === b.stamp) shared++;
  }
  return shared / Math.sqrt(a.length * b.size);
}
