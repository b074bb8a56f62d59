// pdfjs-dist 5 builds a DOMMatrix when its module loads and takes the class
// from its optional @napi-rs/canvas package on Node. Text extraction needs no
// more than a 2-D affine matrix, so when that native package is missing
// (npm ci --omit=optional, a platform without its binary) this stands in,
// and PDFs still read.
import { createRequire } from 'node:module';

type Init = ArrayLike<number> | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: Init) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as number[];
  }
  get is2D() {
    return true;
  }
  private set6(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }
  /** this = this × m */
  multiplySelf(m: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    return this.set6(a * m.a + c * m.b, b * m.a + d * m.b, a * m.c + c * m.d, b * m.c + d * m.d, a * m.e + c * m.f + e, b * m.e + d * m.f + f);
  }
  /** this = m × this */
  preMultiplySelf(m: AffineMatrix): this {
    const copy = new AffineMatrix([m.a, m.b, m.c, m.d, m.e, m.f]);
    copy.multiplySelf(this);
    return this.set6(copy.a, copy.b, copy.c, copy.d, copy.e, copy.f);
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y]));
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (!det) return this.set6(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set6(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }
  multiply(m: AffineMatrix) {
    return this.copy().multiplySelf(m);
  }
  translate(x?: number, y?: number) {
    return this.copy().translateSelf(x, y);
  }
  scale(sx?: number, sy?: number) {
    return this.copy().scaleSelf(sx, sy);
  }
  inverse() {
    return this.copy().invertSelf();
  }
  private copy() {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

/** Before pdfjs loads: a DOMMatrix unless the canvas package (or the runtime) has one. */
export function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  try {
    createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))('@napi-rs/canvas');
    return;
  } catch {
    g.DOMMatrix = AffineMatrix;
  }
}

export { AffineMatrix };
