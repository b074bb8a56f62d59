import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../src/input/pdf-polyfill.js';

const parts = (m: AffineMatrix) => [m.a, m.b, m.c, m.d, m.e, m.f].map((x) => Math.round(x * 1e9) / 1e9);

describe('the DOMMatrix stand-in for pdfjs without its canvas package', () => {
  it('composes like DOMMatrix: scale then translate, and inverts', () => {
    // the worker's own use: new DOMMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h)
    const m = new AffineMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
    expect(parts(m)).toEqual([0.25, 0, 0, -0.5, 0, 1]);
    const t = new AffineMatrix([2, 0, 0, 3, 10, 20]);
    expect(parts(t.multiply(t.inverse()))).toEqual([1, 0, 0, 1, 0, 0]);
    expect(parts(new AffineMatrix([1, 0, 0, 1, 5, 0]).preMultiplySelf(new AffineMatrix([2, 0, 0, 2, 0, 0])))).toEqual([2, 0, 0, 2, 10, 0]);
  });
});
