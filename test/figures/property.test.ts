// Properties: the reader and the extractor never throw, and formatted numbers
// read back to themselves (Arabic, 万/亿 and Chinese-numeral forms).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { formatChineseNumber, formatChineseNumerals, readNumber } from '../../src/figures/numbers/index.js';

const NUMERAL_CHARS = [...'0123456789０１２３.,，点零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟萬億兩负-余多几数上分之半个元户人% \u3000eEkK/／又成折以上下超过不到比大小和间斤米角cmkg'];
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
      for (const f of extractFigures(s, { all })) {
        expect([...s].slice(f.start, f.end).join('')).toBe(f.text);
        expect(Number.isFinite(f.value)).toBe(true);
        // a range never runs backwards, and its open side is null, never NaN
        if (f.range?.min != null && f.range.max != null) expect(f.range.min).toBeLessThanOrEqual(f.range.max);
      }
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

// 大写 and Traditional spellings of the same numerals
const FINANCIAL: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };
const TRADITIONAL: Record<string, string> = { 万: '萬', 亿: '億', 二: '兩' };
const spell = (s: string, table: Record<string, string>) => [...s].map((c) => table[c] ?? c).join('');
const CN_DIGITS = '零一二三四五六七八九';

describe('round trips: other spellings, multipliers, fractions', () => {
  it('financial (大写) numerals read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(readNumber(spell(formatChineseNumerals(n), FINANCIAL))!.value).toBe(n);
    }));
  });
  it('Traditional numerals (萬 億 兩) read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      // 兩 stands for 二 only before a unit (兩千, 兩萬), as Traditional text writes it
      const s = formatChineseNumerals(n).replace(/二(?=[十百千万亿])/g, '两');
      expect(readNumber(spell(s, TRADITIONAL))!.value).toBe(n);
    }));
  });
  it('Chinese numerals with a multiplier and decimals (三十点五万) read back', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(['万', 4], ['亿', 8]), (n, d, [m, e]) => {
      const s = `${formatChineseNumerals(n)}点${CN_DIGITS[d]}${m}`;
      expect(readNumber(s)!.value).toBe(Number(`${n}.${d}e${e}`));
    }));
  });
  it('fractions X分之Y read back', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 10000 }), fc.integer({ min: 1, max: 9999 }), (den, num) => {
      const s = `${formatChineseNumerals(den)}分之${formatChineseNumerals(num)}`;
      expect(readNumber(s)!.value).toBeCloseTo(num / den, 12);
    }));
  });
  it('Arabic numbers with thousands separators, full width and scientific notation read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
      const grouped = n.toLocaleString('en-US');
      expect(readNumber(grouped)!.value).toBe(n);
      const wide = [...grouped].map((c) => (c === ',' ? '，' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
      expect(readNumber(wide)!.value).toBe(n);
      expect(readNumber(n.toExponential())!.value).toBe(n);
    }));
  });
  // (一户 is the article "a household", not a count: from 2 up)
  it('a formatted amount in a sentence is one figure with that value', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 99999999 }), fc.constantFrom('元', '户', '吨', '%'), (n, unit) => {
      const text = `今年共计完成${formatChineseNumerals(n)}${unit}，比上年增长。`;
      const figs = extractFigures(text);
      expect(figs.map((f) => f.value)).toEqual([n]);
    }), { numRuns: 300 });
  });
});

describe('the scanner reads plain numbers as the general reader does', () => {
  // scanNumbers reads ASCII integers and decimals without readExact (a fast path): the two must agree
  it('on integers and decimals', async () => {
    const { scanNumbers } = await import('../../src/figures/scan.js');
    const { readExact } = await import('../../src/figures/numbers/read.js');
    const plain = fc.tuple(fc.stringMatching(/^[0-9]{1,15}$/), fc.option(fc.stringMatching(/^[0-9]{1,15}$/))).map(([a, b]) => (b === null ? a : `${a}.${b}`));
    fc.assert(fc.property(plain, (s) => {
      const toks = scanNumbers(`共${s}项`);
      expect(toks.length).toBe(1);
      expect(toks[0]!.read).toEqual(readExact(s));
    }), { numRuns: 2000 });
  });

  it('on integers and decimals with multipliers (30万, 1.3万亿; 0万 is none)', async () => {
    const { scanNumbers } = await import('../../src/figures/scan.js');
    const { readExact } = await import('../../src/figures/numbers/read.js');
    const digits = fc.oneof(fc.stringMatching(/^[0-9]{1,15}$/), fc.constantFrom('0', '00', '0.0', '1.50'));
    const written = fc.tuple(digits, fc.option(fc.stringMatching(/^[0-9]{1,15}$/)), fc.constantFrom('万', '萬', '亿', '億', '兆', '万亿', '萬億'))
      .map(([a, b, m]) => (b === null ? a : `${a}.${b}`) + m);
    fc.assert(fc.property(written, (s) => {
      const toks = scanNumbers(`共${s}项`);
      expect(toks.length).toBeGreaterThan(0);
      if (readExact(s)) expect(toks.map((t) => t.raw)).toEqual([s]);
      for (const t of toks) expect(t.read).toEqual(readExact(t.raw));
    }), { numRuns: 2000 });
  });
});
