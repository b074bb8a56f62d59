// Key sentences over windows: a set that fits one window is ranked exactly
// as before; a longer one never builds a graph over more than a window.
import { describe, expect, it } from 'vitest';
import { rankInWindows } from '../../src/summarize/windows.js';
import type { SentenceInput } from '../../src/summarize/sentences.js';
import type { SummarySentence } from '../../src/types.js';

const sentences = (n: number): SentenceInput[] =>
  Array.from({ length: n }, (_, i) => ({ text: `s${i}`, start: i * 10, end: i * 10 + 5, tokens: [], figures: i % 7 }));

// a stand-in ranker: prefers more figures, then the earlier sentence; records graph sizes
function ranker() {
  const sizes: number[] = [];
  const rank = (xs: SentenceInput[], max: number): SummarySentence[] => {
    sizes.push(xs.length);
    return [...xs]
      .sort((a, b) => b.figures - a.figures || a.start - b.start)
      .slice(0, max)
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ text: s.text, start: s.start, end: s.end, score: s.figures }));
  };
  return { rank, sizes };
}

describe('rankInWindows', () => {
  it('one graph for a set within the window', () => {
    const r = ranker();
    const xs = sentences(40);
    expect(rankInWindows(xs, 3, r.rank, 50)).toEqual(ranker().rank(xs, 3));
    expect(r.sizes).toEqual([40]);
  });

  it('a long set: no graph over the window, windows of equal size, the winners ranked again', () => {
    const r = ranker();
    const out = rankInWindows(sentences(1000), 3, r.rank, 50);
    expect(Math.max(...r.sizes)).toBeLessThanOrEqual(50);
    expect(r.sizes.slice(0, 20).every((n) => n === 50)).toBe(true);
    // total work is linear: 1000 in the first round, then 60 winners, then 6
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBeLessThan(1000 + 100);
    // the sentences with most figures (6, as i % 7 == 6) and earliest win
    expect(out.map((s) => s.text)).toEqual(['s6', 's13', 's20']);
  });
});
