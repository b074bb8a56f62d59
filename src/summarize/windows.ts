// Key sentences of a very long run of sentences (a 2 MB paragraph, a corpus
// pasted into one file) in linear work: the sentence graph is built over
// windows of consecutive sentences, each window elects its own key sentences,
// and the elected are ranked again, window by window, until one graph holds
// them all. A set that fits one window is ranked exactly as before.

import type { SummarySentence } from '../types.js';
import type { SentenceInput } from './sentences.js';

/**
 * Sentences in one graph. The graph may be dense (every sentence of a repeated
 * text shares words with every other), so its cost is the square of this; the
 * longest section of the corpus has ~400 sentences and stays in one window.
 */
export const GRAPH_WINDOW = 512;

export function rankInWindows(
  sentences: SentenceInput[],
  max: number,
  rank: (xs: SentenceInput[], max: number) => SummarySentence[],
  window = GRAPH_WINDOW,
): SummarySentence[] {
  let pool = sentences;
  while (pool.length > window) {
    const byStart = new Map(pool.map((s) => [s.start, s]));
    const next: SentenceInput[] = [];
    // Windows of equal size, so the last one is not a stub that elects its
    // few sentences unopposed.
    const parts = Math.ceil(pool.length / window);
    const size = Math.ceil(pool.length / parts);
    for (let i = 0; i < pool.length; i += size)
      for (const s of rank(pool.slice(i, i + size), max)) next.push(byStart.get(s.start)!);
    // A window elects at most `max`, so each round shrinks the pool by window/max;
    // a `max` near the window could not shrink it.
    if (next.length >= pool.length) break;
    pool = next;
  }
  return rank(pool, max);
}
