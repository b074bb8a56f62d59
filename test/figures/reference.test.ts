// The reference article: every figure the issue lists, with value, unit,
// category and label checked by hand against the text; no date, year or ordinal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { referencePath } from '../paths.js';
import { cpSlice } from './helpers.js';

const text = readFileSync(referencePath, 'utf8');
const figures = extractFigures(text);

// [context in the article, figure text, value, unit, category, label (contained in ours) or null]
const EXPECTED: [string, string, number, string, string, string | null][] = [
  ['先后投资860万元', '860万元', 8600000, '元', 'money', '投资'],
  ['巩固771户', '771户', 771, '户', 'households', '脱贫'],
  ['1352人脱贫', '1352人', 1352, '人', 'people', '脱贫'],
  ['“爱心超市”78处', '78处', 78, '处', 'facilities', '爱心超市'],
  ['铺开21个村', '21个', 21, '个', 'quantity', '村'],
  ['新签约落地项目10个', '10个', 10, '个', 'projects', '新签约落地项目'],
  ['新建续建项目28个', '28个', 28, '个', 'projects', '新建续建项目'],
  ['计划投资40亿元', '40亿元', 4000000000, '元', 'money', '计划投资'],
  ['招商引资到位资金15亿元', '15亿元', 1500000000, '元', 'money', '招商引资到位资金'],
  ['100万吨六效真空制盐', '100万吨', 1000000, '吨', 'capacity', '制盐'],
  ['便有6个项目', '6个', 6, '个', 'projects', '项目'],
  ['撰写学习心得130余篇', '130余篇', 130, '篇', 'quantity', '学习心得'],
  ['轮训党员3600名', '3600名', 3600, '名', 'people', '党员'],
  ['集中学习研讨6次', '6次', 6, '次', 'events', '集中学习研讨'],
  ['上党课3次', '3次', 3, '次', 'events', '上党课'],
  ['授课4次', '4次', 4, '次', 'events', '授课'],
];

describe('reference article', () => {
  for (const [context, ftext, value, unit, category, label] of EXPECTED) {
    it(`${context}: ${ftext}`, () => {
      const at = [...text.slice(0, text.indexOf(context))].length + [...context.slice(0, context.indexOf(ftext))].length;
      const f = figures.find((x) => x.start === at);
      expect(f, `no figure at ${at}`).toBeDefined();
      expect({ text: f!.text, value: f!.value, unit: f!.unit, category: f!.category }).toEqual({ text: ftext, value, unit, category });
      if (label) expect(f!.label).toContain(label);
    });
  }
  it('130余篇 is approximate, the others are exact', () => {
    expect(figures.filter((f) => f.approx).map((f) => f.text)).toEqual(['130余篇']);
  });
  it('the 2019 figures carry the period 2019年', () => {
    const in2019 = figures.filter((f) => f.sentence.startsWith('2019年')).map((f) => [f.text, f.period]);
    expect(in2019).toEqual([['10个', '2019年'], ['28个', '2019年'], ['40亿元', '2019年'], ['15亿元', '2019年']]);
  });
  it('no date, year, time or ordinal is a figure', () => {
    const bad = figures.filter((f) => /年|日|:|第/.test(f.text) || f.text === '2020' || f.text === '30' || f.text === '一');
    expect(bad).toEqual([]);
    expect(figures.some((f) => f.text.startsWith('2019') || f.text.startsWith('2020'))).toBe(false);
  });
  it('nothing beyond the listed figures', () => {
    expect(figures).toHaveLength(EXPECTED.length);
  });
  it('text is the code point slice at start/end', () => {
    for (const f of figures) expect(cpSlice(text, f.start, f.end)).toBe(f.text);
  });
});
