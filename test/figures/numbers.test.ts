// The number reader as a spec: one string in, one value out; non-numbers are null.
import { describe, expect, it } from 'vitest';
import { formatChineseNumber, formatChineseNumerals, readNumber } from '../../src/figures/numbers/index.js';

const CASES: [string, number, boolean?][] = [
  // Arabic: separators, decimals, full-width, signs
  ['1,352', 1352], ['1,000,000', 1000000], ['3.5', 3.5], ['１３５２', 1352], ['１２．５', 12.5], ['-3.5', -3.5], ['负5', -5], ['負5', -5], ['+7', 7],
  // Chinese numerals
  ['一百二十三', 123], ['两千', 2000], ['三十五万', 350000], ['一亿二千万', 120000000], ['零', 0], ['〇', 0],
  ['十二', 12], ['一十二', 12], ['二十', 20], ['一百零五', 105], ['一千零一十五', 1015], ['廿五', 25], ['卅', 30],
  ['三点五', 3.5], ['二〇一九', 2019], ['三万亿', 3e12], ['十万', 100000], ['五千万', 50000000],
  // multipliers on Arabic numbers
  ['3.5万', 35000], ['1.2亿', 120000000], ['40亿', 4000000000], ['100万', 1000000], ['1.57亿', 157000000], ['3千万', 30000000], ['5百', 500],
  // financial and traditional
  ['壹佰', 100], ['壹仟贰佰叁拾肆', 1234], ['兩千萬', 20000000], ['一億', 100000000], ['三點五', 3.5], ['1兆', 1e12],
  // colloquial shortenings and halves
  ['一万三', 13000], ['两千五', 2500], ['三百五', 350], ['一个半', 1.5], ['两个半', 2.5], ['半', 0.5],
  // fractions
  ['三分之一', 1 / 3], ['百分之十二点五', 0.125], ['千分之五', 0.005], ['万分之三', 0.0003], ['百分之五十', 0.5],
  // bare multiplier
  ['万', 10000], ['亿', 100000000],
  // approximate forms
  ['130余', 130, true], ['十几', 10, true], ['数十', 10, true], ['上千', 1000, true], ['10多万', 100000, true], ['几百', 100, true],
];

describe('readNumber', () => {
  for (const [s, v, approx] of CASES) {
    it(`${s} → ${v}${approx ? ' (approx)' : ''}`, () => {
      const r = readNumber(s);
      expect(r).not.toBeNull();
      expect(r!.value).toBe(v);
      expect(r!.approx ?? false).toBe(approx ?? false);
    });
  }
  it('scales decimals exactly (no floating-point artefacts)', () => {
    expect(readNumber('1.57亿')!.value).toBe(157000000);
    expect(readNumber('0.29万')!.value).toBe(2900);
    expect(readNumber('4.35亿')!.value).toBe(435000000);
    expect(readNumber('12.3')!.value).toBe(12.3);
  });
  for (const s of ['', '一切', '统一', '四川', '五角', '万一', '亿万', '十百', '3,5', 'abc', '万万万', '1e', 'e5', '%', '点五', '分之']) {
    it(`${JSON.stringify(s)} is not a number`, () => expect(readNumber(s)).toBeNull());
  }
});

describe('formatChineseNumber', () => {
  const cases: [number, string][] = [
    [8600000, '860万'], [120000000, '1.2亿'], [1352, '1352'], [53300000000, '533亿'], [3e12, '3万亿'], [12345678, '1234.5678万'], [0.5, '0.5'], [-50000, '-5万'],
  ];
  for (const [n, s] of cases) it(`${n} → ${s}`, () => expect(formatChineseNumber(n)).toBe(s));
});

describe('formatChineseNumerals', () => {
  const cases: [number, string][] = [[0, '零'], [10, '十'], [12, '十二'], [105, '一百零五'], [10050, '一万零五十'], [100000050, '一亿零五十'], [2000, '二千']];
  for (const [n, s] of cases) it(`${n} → ${s}`, () => expect(formatChineseNumerals(n)).toBe(s));
});
