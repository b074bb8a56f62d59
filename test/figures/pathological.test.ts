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
        // Generous bounds for a loaded CI machine; --all reports every number (1 MB of them).
        expect(full).toBeLessThan(all ? 15000 : 3000);
      }
    });
  }
  it('readNumber on a 1 MB string', () => {
    const t0 = performance.now();
    expect(readNumber('一'.repeat(MB))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
