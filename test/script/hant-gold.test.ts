// The two Traditional articles annotated by hand in test/gold (t06 Macao, t08
// Hong Kong), through the pipeline as `wenxi analyze` runs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';
import { corpusDir, repoRoot } from '../paths.js';
import { cpLength, type GoldFigure } from '../figures/helpers.js';

interface Gold {
  file: string;
  title: string;
  date: string | null;
  author: string | null;
  headings: string[];
  figures: GoldFigure[];
}
const golds = ['t06_aomen_2004_shiyue_lvke_rujing.json', 't08_xianggang_yiyue_lingshouye_xiaohuozhi.json'].map(
  (f) => JSON.parse(readFileSync(join(repoRoot, 'test', 'gold', f), 'utf8')) as Gold,
);

let analyze: (name: string, text: string) => Analysis;
beforeAll(async () => {
  const p = await makeProcessor('analyze', {});
  analyze = (name, text) => p(sourceFromString(name, text, 'utf-8', 'text')) as Analysis;
});

describe.each(golds.map((g) => [g.file, g]))('%s', (_name, g) => {
  it('has the gold title, date, author, headings and figures', () => {
    const text = readFileSync(join(corpusDir, g.file), 'utf8');
    const a = analyze(g.file, text);
    expect(a.script).toBe('hant');
    expect(a.meta.title).toBe(g.title);
    expect(a.meta.date).toBe(g.date);
    expect(a.meta.author).toBe(g.author);
    expect(a.sections.filter((s) => s.parent === null && s.heading !== null).map((s) => s.heading)).toEqual(g.headings);
    const used = new Set<number>();
    let fp = 0;
    for (const f of a.figures) {
      const k = g.figures.findIndex(
        (x, i) => !used.has(i) && x.value === f.value && x.unit === f.unit && f.start < x.offset + cpLength(x.text) && x.offset < f.end,
      );
      if (k < 0) fp++;
      else {
        used.add(k);
        expect(f.category, f.text).toBe(g.figures[k]!.category);
      }
    }
    expect(fp).toBe(0);
    expect(used.size).toBe(g.figures.length);
  });
});
