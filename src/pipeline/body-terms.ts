// TF-IDF over the body's word ids (body-words.ts): the same keywords as
// countTerms and rankTerms over the tokens, counted in typed arrays instead
// of a map of terms per span, which cost more than the counting itself.

import type { Keyword } from '../types.js';
import type { Ranked } from '../summarize/rank.js';
import { insertTop } from '../summarize/tfidf.js';
import { getIdf } from '../summarize/wordlists.js';
import type { BodyWords } from './body-words.js';

/** A span's counts: its distinct words, how often each occurs, and where first. */
export interface IdCounts {
  total: number;
  ids: Int32Array;
  n: Int32Array;
  /**
   * a word's first occurrence as a bag position (the headline's words before
   * the body's): orders as text offsets do, so spans' counts merge
   */
  first: Int32Array;
  /** the n of each HMM-made word, looked up when this span is another's context */
  unknownN?: Map<number, number>;
}

// Tallies by id, reused: a span's counts touch only its own words.
let tally = new Int32Array(0);
let firstAt = new Int32Array(0);

function tallied(size: number): void {
  if (tally.length >= size) return;
  tally = new Int32Array(size * 2);
  firstAt = new Int32Array(size * 2);
}

function collect(touched: number[], total: number): IdCounts {
  const c: IdCounts = { total, ids: Int32Array.from(touched), n: new Int32Array(touched.length), first: new Int32Array(touched.length) };
  touched.forEach((id, k) => {
    c.n[k] = tally[id]!;
    c.first[k] = firstAt[id]!;
    tally[id] = 0;
  });
  return c;
}

/** Counts of the given sentences (in text order); with `title`, the headline's words count first. */
export function countIds(b: BodyWords, sentences: Iterable<number>, opts: { title?: boolean } = {}): IdCounts {
  tallied(b.words.length);
  const touched: number[] = [];
  let total = 0;
  const add = (id: number, n: number, first: number) => {
    total += n;
    if (tally[id] === 0) {
      touched.push(id);
      firstAt[id] = first;
    }
    tally[id] += n;
  };
  const base = opts.title ? b.title.length : 0;
  if (opts.title) b.title.forEach((id, i) => add(id, 1, i));
  for (const k of sentences) for (let i = b.from[k]!; i < b.from[k + 1]!; i++) add(b.bag[i]!, b.count[i]!, base + i);
  return collect(touched, total);
}

/** Counts of several spans together (mergeTerms); the inputs are left as they are. */
export function mergeIds(b: BodyWords, parts: IdCounts[]): IdCounts {
  tallied(b.words.length);
  const touched: number[] = [];
  let total = 0;
  for (const part of parts) {
    total += part.total;
    for (let k = 0; k < part.ids.length; k++) {
      const id = part.ids[k]!;
      if (tally[id] === 0) {
        touched.push(id);
        firstAt[id] = part.first[k]!;
      } else if (part.first[k]! < firstAt[id]!) firstAt[id] = part.first[k]!;
      tally[id] += part.n[k]!;
    }
  }
  return collect(touched, total);
}

function unknownCounts(b: BodyWords, c: IdCounts): Map<number, number> {
  if (!c.unknownN) {
    c.unknownN = new Map();
    for (let k = 0; k < c.ids.length; k++) if (b.unknown[c.ids[k]!] === 1) c.unknownN.set(c.ids[k]!, c.n[k]!);
  }
  return c.unknownN;
}

/** rankTerms: the `top` words by TF-IDF; `context` is the article a section belongs to. */
export function rankIds(b: BodyWords, counts: IdCounts, top: number, context: IdCounts = counts): Keyword[] {
  const { idf, median } = getIdf();
  const best: Ranked<string>[] = [];
  for (let k = 0; k < counts.ids.length; k++) {
    const id = counts.ids[k]!;
    const n = counts.n[k]!;
    // An HMM-made word seen once in its article is a fragment, no keyword (see rankTerms).
    if (b.unknown[id] === 1 && (unknownCounts(b, context).get(id) ?? n) < 2) continue;
    let w = b.idf[id]!;
    if (Number.isNaN(w)) b.idf[id] = w = idf.get(b.words[id]!) ?? median;
    insertTop(best, { item: b.words[id]!, weight: (n / counts.total) * w, first: counts.first[k]! }, top);
  }
  return best.map((r) => ({ word: r.item, weight: r.weight }));
}
