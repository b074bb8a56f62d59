import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointMap, codePointLength, codePointPrefix } from '../../src/text/codepoints.js';

describe('CodePointMap', () => {
  it('is the identity on BMP text', () => {
    const m = new CodePointMap('投资860万元');
    expect(m.toCp(4)).toBe(4);
    expect(m.slice(2, 7)).toBe('860万元');
  });

  it('counts an astral character as one code point', () => {
    const t = 'a𠀀b投资𝟘c';
    const m = new CodePointMap(t);
    const cps = Array.from(t);
    expect(m.length).toBe(cps.length);
    for (let s = 0; s <= cps.length; s++)
      for (let e = s; e <= cps.length; e++) expect(m.slice(s, e)).toBe(cps.slice(s, e).join(''));
    // UTF-16 index of '投' is 4 (after a, high, low, b) → code point 3
    expect(m.toCp(t.indexOf('投'))).toBe(3);
  });

  it('round-trips on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        const m = new CodePointMap(t);
        const cps = Array.from(t);
        expect(m.length).toBe(cps.length);
        let u = 0;
        for (let k = 0; k < cps.length; k++) {
          expect(m.toCp(u)).toBe(k);
          expect(m.toU16(k)).toBe(u);
          u += cps[k]!.length;
        }
      }),
    );
  });
});

describe('codePointLength / codePointPrefix', () => {
  it('agree with Array.from on random strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(12), (t, n) => {
        const cps = Array.from(t);
        expect(codePointLength(t)).toBe(cps.length);
        expect(codePointPrefix(t, n)).toBe(cps.slice(0, n).join(''));
      }),
    );
  });
});
