// The corpus summary counts each article once, already folded (statsPart), and
// must come out as if every figure of the corpus had been looked at in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { StatsCollector, statsPart } from '../../src/pipeline/stats.js';
import { corpusDir } from '../paths.js';

const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    return { path: f, stats: { characters: [...text].length, paragraphs: 0, sentences: 0 }, figures: extractFigures(text), keywords: [] } as unknown as Analysis;
  });

describe('StatsCollector', () => {
  it('gives the largest sums, categories and labels of the whole corpus from per-article parts', () => {
    const c = new StatsCollector(10);
    // each article twice: ties in value must keep corpus order
    for (const a of [...articles, ...articles]) c.addPart(JSON.parse(JSON.stringify(statsPart(a, 10))));
    const s = c.result();
    const all = [...articles, ...articles].flatMap((a) => a.figures.map((f) => ({ a, f })));
    expect(s.figures).toBe(all.length);
    const money = all
      .filter(({ f }) => f.category === 'money' && f.unit)
      .map(({ a, f }) => ({ path: a.path, text: f.text, value: f.value, unit: f.unit, label: f.label, sentence: f.sentence }));
    // the naive list: every money figure, 元 first, then by value, stable
    money.sort((x, y) => Number(y.unit === '元') - Number(x.unit === '元') || y.value - x.value);
    expect(money.length).toBeGreaterThan(20);
    expect(s.largestMoney).toEqual(money.slice(0, 10));
    const cats = new Map<string, number>();
    for (const { f } of all) cats.set(f.category, (cats.get(f.category) ?? 0) + 1);
    expect(Object.entries(s.figuresByCategory)).toEqual([...cats].sort((x, y) => y[1] - x[1]));
    const labels = new Map<string, number>();
    for (const { f } of all) if (f.label) labels.set(f.label, (labels.get(f.label) ?? 0) + 1);
    const top = [...labels].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10);
    expect(s.topLabels).toEqual(top.map(([label, count]) => ({ label, count })));
    expect(s.figuresByStatus.actual + s.figuresByStatus.target + s.figuresByStatus.unknown).toBe(all.length);
  });
});
