// No input can make the scanner slow: 1 MB runs of numerals and separators.
// A generous bound guards against super-linear behaviour, not a speed goal.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { readNumber } from '../../src/figures/numbers/index.js';

const MB = 1 << 20;
const cases: [string, string][] = [
  ['一一一…', '一'.repeat(MB / 3)],
  ['1,1,1,…', '1,'.repeat(MB / 2)],
  ['万万万…', '万'.repeat(MB / 3)],
  ['1.1.1.…', '1.'.repeat(MB / 2)],
  ['3至3至…', '3至'.repeat(MB / 4)],
  ['一个一个…', '一个'.repeat(MB / 6)],
  ['1万元1万元…', '1万元'.repeat(MB / 9)],
];

const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

describe('pathological input', () => {
  for (const [name, text] of cases) {
    it(`${name} (1 MB): linear, and well under a second without --all`, () => {
      for (const all of [false, true]) {
        const half = time(() => extractFigures(text.slice(0, text.length / 2), { all }));
        const full = time(() => extractFigures(text, { all }));
        // Super-linear work would make the full run far more than twice the half.
        expect(full).toBeLessThan(4 * half + 100);
        // Generous bounds for a loaded CI machine (eight builds on two cores took 4–6 s here without --all,
        // the base commit included); --all reports every number (1 MB of them). Linearity is the real guard.
        expect(full).toBeLessThan(all ? 30000 : 8000);
      }
    });
  }
  // (the 1 MB run with --all is timed above; 256 KB is enough to see the windows)
  it('1,1,1,… with --all: each sentence is a marked window, output linear in input', () => {
    const text = '1,'.repeat(MB / 8);
    const figures = extractFigures(text, { all: true });
    expect(figures.length).toBe(MB / 8);
    // ~200 characters of context per figure, never the whole 1 MB line: what is written out grows linearly
    let longest = 0;
    for (const f of figures) longest = Math.max(longest, f.sentence.length);
    expect(longest).toBeLessThanOrEqual(202);
    const mid = figures[figures.length >> 1]!;
    expect(mid.sentence.startsWith('…') && mid.sentence.endsWith('…')).toBe(true);
    expect(mid.sentence.slice(1, -1)).toBe(text.slice(mid.start - 99, mid.start + 100));
    expect(figures[0]!.sentence.startsWith('1,1')).toBe(true);
  });
  it('a sentence of ordinary length is given whole', () => {
    const text = `前言。${'该县今年投资860万元，'.repeat(10)}完成。后记`;
    const f = extractFigures(text);
    expect(f[3]!.sentence).toBe(text.slice(3, text.indexOf('后记')));
  });
  it('readNumber on a 1 MB string', () => {
    const t0 = performance.now();
    expect(readNumber('一'.repeat(MB))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
