// Properties: the reader and the extractor never throw, and formatted numbers
// read back to themselves (Arabic, 万/亿 and Chinese-numeral forms).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { formatChineseNumber, formatChineseNumerals, readNumber } from '../../src/figures/numbers/index.js';

const NUMERAL_CHARS = [...'0123456789０１２３.,，点零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟萬億兩负-余多几数上分之半个元户人%'];
const numeralish = fc.array(fc.constantFrom(...NUMERAL_CHARS), { maxLength: 30 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), numeralish);

describe('never throws', () => {
  it('readNumber on random strings', () => {
    fc.assert(fc.property(anyText, (s) => {
      const r = readNumber(s);
      expect(r === null || Number.isFinite(r.value)).toBe(true);
    }), { numRuns: 3000 });
  });
  it('extractFigures on random strings, offsets slice back', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (s, all) => {
      for (const f of extractFigures(s, { all })) expect([...s].slice(f.start, f.end).join('')).toBe(f.text);
    }), { numRuns: 2000 });
  });
});

describe('round trips', () => {
  it('Arabic integers and decimals', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
      const x = n / 10 ** d;
      const s = x.toFixed(d);
      expect(readNumber(s)!.value).toBe(Number(s));
    }));
  });
  it('formatChineseNumber (万/亿) reads back exactly', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
      const x = Number((n / 10 ** d).toFixed(d));
      expect(readNumber(formatChineseNumber(x))!.value).toBe(x);
    }));
  });
  it('Chinese numerals read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(readNumber(formatChineseNumerals(n))!.value).toBe(n);
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 99999 }), (n) => {
      expect(readNumber(formatChineseNumerals(n))!.value).toBe(n);
    }));
  });
  it('Chinese numerals with 点 decimals read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 999 }), (n, frac) => {
      const digits = String(frac).replace(/0+$/, '') || '0';
      if (digits === '0') return;
      const s = `${formatChineseNumerals(n)}点${[...digits].map((c) => '零一二三四五六七八九'[Number(c)]).join('')}`;
      expect(readNumber(s)!.value).toBe(Number(`${n}.${digits}`));
    }));
  });
});
