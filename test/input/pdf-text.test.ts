import { describe, expect, it } from 'vitest';
import { dropCjkLatinSpaces, guessScript, normalizePdfChars } from '../../src/input/pdf-text.js';

describe('PDF characters', () => {
  it('maps radical code points to the ideographs they stand for, in both radical blocks', () => {
    // ⼼ U+2F3C (Kangxi Radicals: NFKC knows it), ⺠ U+2EA0 (Supplement: only the Unicode table does)
    expect('\u2ea0'.normalize('NFKC')).toBe('\u2ea0');
    expect(normalizePdfChars('以⼈⺠为中⼼')).toBe('以人民为中心');
  });

  it('reads ⼾ as the form of the document’s script', () => {
    expect(normalizePdfChars('共有9717⼾', 'hans')).toBe('共有9717户');
    expect(normalizePdfChars('共有9717⼾', 'hant')).toBe('共有9717戶');
    expect(guessScript('这个县的经济发展')).toBe('hans');
    expect(guessScript('這個縣的經濟發展')).toBe('hant');
  });

  it('turns full-width letters and digits into ASCII but keeps Chinese punctuation and other compatibility forms', () => {
    expect(normalizePdfChars('投资８６０万元，增长１７．９０％（ＱＦＩＩ），６％－６．５％。')).toBe('投资860万元，增长17.90%（QFII），6%－6.5%。');
    expect(normalizePdfChars('①面积３㎡…')).toBe('①面积3㎡…');
  });

  it('drops the spaces layout put between Han and digits or Latin, not those between Latin words', () => {
    expect(dropCjkLatinSpaces('投资 860 万元，建成 5G 基站')).toBe('投资860万元，建成5G基站');
    expect(dropCjkLatinSpaces('增长 17.90% 以上')).toBe('增长17.90%以上');
    expect(dropCjkLatinSpaces('官方微信 Top 10 list')).toBe('官方微信Top 10 list');
  });
});
