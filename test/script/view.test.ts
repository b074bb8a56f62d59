import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSimplifiedAligned } from '../../src/script/index.js';
import { createRequire } from 'node:module';
import { hantCorpus, simplifiedCorpus, toTraditional } from './helpers.js';

const OpenCC = createRequire(import.meta.url)('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

const sameShape = (a: string, b: string) => a.length === b.length && [...a].length === [...b].length;

describe('the Simplified view', () => {
  it('converts characters and words in place', () => {
    expect(toSimplifiedAligned('香港特別行政區政府統計處今日發表')).toBe('香港特别行政区政府统计处今日发表');
    // word tables pick the right Simplified character where one Traditional has two
    expect(toSimplifiedAligned('乾淨的頭髮')).toBe('干净的头发');
    // Hong Kong variants (綫) and Taiwan's 臺
    expect(toSimplifiedAligned('港島綫經臺灣')).toBe('港岛线经台湾');
  });

  it('keeps the length of every Traditional article, in code points and UTF-16 units', () => {
    for (const { name, text } of hantCorpus()) expect(sameShape(toSimplifiedAligned(text), text), name).toBe(true);
  });

  it('agrees with OpenCC’s own hk → cn and tw → cn conversions, character for character', () => {
    for (const from of ['hk', 'tw']) {
      const convert = OpenCC.Converter({ from, to: 'cn' });
      let diff = 0;
      let n = 0;
      for (const { text } of hantCorpus()) {
        const theirs = convert(text);
        const mine = toSimplifiedAligned(text);
        if (theirs.length !== text.length) continue;
        for (let i = 0; i < text.length; i++) if (theirs[i] !== mine[i]) diff++;
        n += text.length;
      }
      // the two differ only where the variant tables of the other region apply (衞 → 卫)
      expect(n).toBeGreaterThan(9000);
      expect(diff / n, from).toBeLessThan(0.001);
    }
  });

  it('gives back the Simplified original of a converted article, all but a handful of characters', () => {
    for (const { name, text } of simplifiedCorpus()) {
      const view = toSimplifiedAligned(toTraditional(text));
      expect(view.length, name).toBe(text.length);
      let diff = 0;
      for (let i = 0; i < text.length; i++) if (view[i] !== text[i]) diff++;
      expect(diff / text.length, name).toBeLessThan(0.002);
    }
  });

  it('never changes the length, whatever the input (astral characters, table keys with astral values)', () => {
    // 㗲 → 𠵾 is a BMP key with an astral value: kept as it is
    expect(toSimplifiedAligned('㗲')).toBe('㗲');
    const pieces = fc.constantFrom('㗲', '𠵾', '𩸭', '乾', '髮', '後', '臺', '綫', '著', '於', '裡', 'a', '1', '，', '\n', '國家', '發展', '一口吃個');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(sameShape(toSimplifiedAligned(s), s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
