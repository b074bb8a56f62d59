// Term counts summed up a section tree must rank exactly as counting the
// whole span at once, and the top-k selection exactly as a full sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTerms, mergeTerms, rankTerms, tfidfKeywords } from '../../src/summarize/tfidf.js';
import type { Token } from '../../src/types.js';

// Real words: in jieba's IDF table, unknown to it (x), a stop word, a number.
const VOCAB: [string, string][] = [
  ['经开区', 'n'],
  ['主题教育', 'n'],
  ['项目', 'n'],
  ['投资', 'vn'],
  ['群众', 'n'],
  ['脱贫', 'v'],
  ['刘长', 'x'],
  ['于基', 'x'],
  ['西接安', 'x'],
  ['我们', 'r'],
  ['860', 'm'],
];

const tokensOf = (ids: number[]): Token[] =>
  ids.map((id, i) => ({ word: VOCAB[id]![0], tag: VOCAB[id]![1], start: i * 3, end: i * 3 + VOCAB[id]![0].length }));

describe('TF-IDF counts', () => {
  it('merged counts of consecutive spans rank as the whole span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(VOCAB.length - 1), { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 4 }),
        fc.integer({ min: 0, max: 12 }),
        (ids, cuts, top) => {
          const tokens = tokensOf(ids);
          const bounds = [0, ...cuts.map((c) => Math.min(c, tokens.length)).sort((a, b) => a - b), tokens.length];
          const parts = bounds.slice(1).map((end, k) => countTerms(tokens.slice(bounds[k], end), { byOffset: true }));
          const merged = rankTerms(mergeTerms(parts), top);
          expect(merged).toEqual(rankTerms(countTerms(tokens, { byOffset: true }), top));
          expect(merged).toEqual(tfidfKeywords(tokens, top));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps only candidates, and a one-off unknown word out', () => {
    const kw = tfidfKeywords(tokensOf([0, 1, 1, 6, 7, 7, 8, 10, 9]), 10).map((k) => k.word);
    expect(kw).toContain('经开区');
    expect(kw).toContain('主题教育');
    expect(kw).toContain('于基'); // unknown, but it recurs
    expect(kw).not.toContain('刘长'); // unknown and once
    expect(kw).not.toContain('西接安'); // likewise, at any length
    expect(kw).not.toContain('我们');
    expect(kw).not.toContain('860');
    expect(countTerms(tokensOf([0, 9, 10])).total).toBe(1);
  });
});
