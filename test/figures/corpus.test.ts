// Real articles: offsets slice back on every corpus file, and the gold figures
// (../shared/corpus/gold and test/gold) are found to the quality bar.
import { describe, expect, it } from 'vitest';
import { extractFigures, extractFiguresInParts } from '../../src/figures/index.js';
import type { Figure } from '../../src/types.js';
import { corpusFiles, cpLength, cpSlice, goldWithFigures, readCorpus } from './helpers.js';

describe('corpus offsets', () => {
  for (const file of corpusFiles()) {
    it(`${file}: text === code point slice, sorted, sentence contains text`, () => {
      const text = readCorpus(file);
      const figs = extractFigures(text, { all: true });
      expect(figs.length).toBeGreaterThan(0);
      let last = -1;
      for (const f of figs) {
        expect(cpSlice(text, f.start, f.end)).toBe(f.text);
        expect(f.sentence).toContain(f.text);
        expect(f.start).toBeGreaterThanOrEqual(last);
        last = f.start;
      }
    });
  }
});

// A text is refined in parts cut at line ends (for memory and speed): no rule may
// carry anything across a line, so parts of a single line give the same figures
// as the whole text at once.
describe('parts of a text give the figures of the whole', () => {
  for (const file of corpusFiles()) {
    it(file, () => {
      const text = readCorpus(file);
      for (const options of [{ explain: true }, { all: true }]) {
        const whole = extractFiguresInParts(text, options, Infinity);
        expect(whole.length).toBeGreaterThan(0);
        expect(extractFiguresInParts(text, options, 1)).toEqual(whole);
      }
    });
  }
});

const stripQuotes = (s: string | null) => (s ?? '').replace(/[“”"「」『』‘’'\s]/g, '');

describe('corpus gold', () => {
  const golds = goldWithFigures();
  it('has the shared gold files and ours', () => expect(golds.length).toBeGreaterThanOrEqual(5));
  let tp = 0, fp = 0, n = 0, cat = 0, lab = 0;
  for (const g of golds) {
    const text = readCorpus(g.file);
    // a gold file may cover only part of its article (test/gold/23: section 一): judge only that part
    const scope = g.scope;
    const preds: Figure[] = extractFigures(text).filter((p) => !scope || (p.start >= scope.start && p.start < scope.end));
    const used = new Set<number>();
    for (const p of preds) {
      const k = g.figures!.findIndex(
        (x, i) => !used.has(i) && Math.abs(x.value - p.value) <= 1e-9 * Math.max(1, Math.abs(x.value)) && x.unit === p.unit && p.start < x.offset + cpLength(x.text) && x.offset < p.end,
      );
      if (k < 0) { fp++; continue; }
      used.add(k);
      const x = g.figures![k]!;
      if (x.optional) continue;
      tp++;
      if (x.category === p.category) cat++;
      const gl = stripQuotes(x.label), pl = stripQuotes(p.label);
      if (pl && (gl.includes(pl) || pl.includes(gl))) lab++;
    }
    n += g.figures!.filter((x) => !x.optional).length;
  }
  it('precision ≥ 0.95', () => expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95));
  it('recall ≥ 0.95', () => expect(tp / n).toBeGreaterThanOrEqual(0.95));
  it('category ≥ 0.9', () => expect(cat / tp).toBeGreaterThanOrEqual(0.9));
  it('label ≥ 0.8', () => expect(lab / tp).toBeGreaterThanOrEqual(0.8));
});
