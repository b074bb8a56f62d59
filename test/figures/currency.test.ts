// Currencies of Hong Kong, Macao and Taiwan texts (refiners/currency.ts).
// Sentences of our own, one rule each; Traditional ones go through the
// pipeline, whose figures stage reads the Simplified view.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { sourceFromString } from '../../src/input/source.js';
import type { FiguresResult } from '../../src/pipeline/figures-stage.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';

const units = (text: string) => extractFigures(text).map((f) => [f.text, f.unit]);

describe('currencies', () => {
  it('takes the currency word before the number', () => {
    expect(units('补助新台币3000元。')).toEqual([['3000元', '新台币']]);
    expect(units('奖励澳门币500元。')).toEqual([['500元', '澳门元']]);
    expect(units('合计人民币50元。')).toEqual([['50元', '元']]);
  });

  it('knows the pataca as a unit, and 澳元 stays the Australian dollar', () => {
    expect(units('共拨款1000澳门元。')).toEqual([['1000澳门元', '澳门元']]);
    expect(units('共拨款1000澳元。')).toEqual([['1000澳元', '澳元']]);
  });

  it('lets a 下同 note set the amount before it and every amount after it', () => {
    expect(units('拨款300亿元(港币，下同)，另拨20亿元，约合3亿美元。')).toEqual([
      ['300亿元', '港元'],
      ['20亿元', '港元'],
      ['3亿美元', '美元'],
    ]);
    expect(units('全年开支4914亿元（单位：港元，下同）。')).toEqual([['4914亿元', '港元']]);
    expect(units('首先拨款5亿元。其后（澳门元，下同）再拨50万元。')).toEqual([
      ['5亿元', '元'],
      ['50万元', '澳门元'],
    ]);
  });

  it('knows the signs of the region', () => {
    expect(units('另以NT$500补助每户。')).toEqual([['NT$500', '新台币']]);
    expect(units('澳门居民每人获MOP$10,000。')).toEqual([['MOP$10,000', '澳门元']]);
    expect(units('售价US$20。')).toEqual([['US$20', '美元']]);
  });

  it('reads a bare $ as the Hong Kong dollar in a Hong Kong text only', () => {
    expect(units('香港政府向全港市民派发$4,000，本港经济可望回稳。')).toEqual([['$4,000', '港元']]);
    expect(units('该公司股价升至$20。')).toEqual([['$20', '美元']]);
  });

  it('works on Traditional text, keeping the figure text as written', async () => {
    const process = await makeProcessor('figures', {});
    const text = '政府撥款300億元(港幣，下同)推行計劃，另預留20億元。澳門特區則撥款50萬澳門元。';
    const r = process(sourceFromString('t.txt', text, 'utf-8', 'text')) as FiguresResult;
    expect(r.script).toBe('hant');
    expect(r.figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['300億元', 30_000_000_000, '港元'],
      ['20億元', 2_000_000_000, '港元'],
      ['50萬澳門元', 500_000, '澳门元'],
    ]);
  });
});
