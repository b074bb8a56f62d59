// A Traditional article gives the figures of its Simplified version: the
// Hong Kong and Macao articles of ../shared/corpus/hant against the same text
// turned into Simplified by OpenCC (one character for one, so offsets agree).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { corpusDir } from '../paths.js';

const dir = join(corpusDir, 'hant');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const view = (text: string) => extractFigures(text).map((f) => ({ start: f.start, end: f.end, value: f.value, unit: f.unit, range: f.range ?? null }));

describe('Traditional articles read like their Simplified versions', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, () => {
      const trad = readFileSync(join(dir, file), 'utf8');
      const simp = toSimplified(trad);
      expect(simp.length).toBe(trad.length);
      const figures = view(trad);
      expect(figures.length).toBeGreaterThan(10);
      expect(figures).toEqual(view(simp));
    });
  }
  it('Traditional counters and numerals map to the Simplified base units', () => {
    const f = extractFigures('共有771戶、78處、21個項目，兩千萬元，三點五個百分點');
    expect(f.map((x) => [x.value, x.unit])).toEqual([[771, '户'], [78, '处'], [21, '个'], [20000000, '元'], [3.5, '个百分点']]);
  });
});
