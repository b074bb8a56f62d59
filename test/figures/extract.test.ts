// Figure extraction as a spec: each input names the one figure it must yield
// (text, value, unit, category, approx); negatives beside positives.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';

type Case = [input: string, text: string, value: number, unit: string | null, category: string, approx?: boolean, range?: [number | null, number | null]];

const CASES: Case[] = [
  // Arabic numbers with units
  ['撰写学习心得1,352篇', '1,352篇', 1352, '篇', 'quantity'],
  ['受益群众１３５２人', '１３５２人', 1352, '人', 'people'],
  ['先后投资860万元', '860万元', 8600000, '元', 'money'],
  ['到位资金1.57亿元', '1.57亿元', 157000000, '元', 'money'],
  ['下降负5%', '负5%', -5, '%', 'percent'],
  ['同比-3.5%', '-3.5%', -3.5, '%', 'percent'],
  // Chinese numerals
  ['共有一百二十三人参加', '一百二十三人', 123, '人', 'people'],
  ['搬迁两千户', '两千户', 2000, '户', 'households'],
  ['发放三十五万元', '三十五万元', 350000, '元', 'money'],
  ['总投资一亿二千万元', '一亿二千万元', 120000000, '元', 'money'],
  ['入住一百零五户', '一百零五户', 105, '户', 'households'],
  ['参训廿五人', '廿五人', 25, '人', 'people'],
  // multipliers
  ['年产3.5万吨', '3.5万吨', 35000, '吨', 'capacity'],
  ['计划投资40亿元', '40亿元', 4000000000, '元', 'money'],
  ['装机100万千瓦', '100万千瓦', 1000000, '千瓦', 'capacity'],
  ['慰问群众1300余人次', '1300余人次', 1300, '人次', 'people', true, [1300, null]],
  // percentages and points
  ['增长12.5%', '12.5%', 12.5, '%', 'percent'],
  ['占比百分之十二点五', '百分之十二点五', 12.5, '%', 'percent'],
  ['提高12.5个百分点', '12.5个百分点', 12.5, '个百分点', 'percent'],
  ['不超过千分之五', '千分之五', 5, '‰', 'other', true, [null, 5]],
  // ranges
  ['总投资3至5亿元', '3至5亿元', 300000000, '元', 'money', false, [300000000, 500000000]],
  ['补贴3-5万元', '3-5万元', 30000, '元', 'money', false, [30000, 50000]],
  ['新建三到五个项目', '三到五个', 3, '个', 'projects', false, [3, 5]],
  ['投资1500亿~2000亿元', '1500亿~2000亿元', 150000000000, '元', 'money', false, [150000000000, 200000000000]],
  ['比例85%到90%', '85%到90%', 85, '%', 'percent', false, [85, 90]],
  ['相当于收入的3~4倍', '3~4倍', 3, '倍', 'other', false, [3, 4]],
  // approximations
  ['撰写学习心得130余篇', '130余篇', 130, '篇', 'quantity', true, [130, null]],
  ['筹集10多万元资金', '10多万元', 100000, '元', 'money', true, [100000, null]],
  ['参与近200人', '200人', 200, '人', 'people', true],
  ['投资约3亿元', '3亿元', 300000000, '元', 'money', true],
  ['覆盖超过5万户', '5万户', 50000, '户', 'households', true, [50000, null]],
  ['募集额逾300亿元', '300亿元', 30000000000, '元', 'money', true, [30000000000, null]],
  ['培训100人以上', '100人', 100, '人', 'people', true, [100, null]],
  ['规模50亿元左右', '50亿元', 5000000000, '元', 'money', true],
  ['吸引上千人', '上千人', 1000, '人', 'people', true],
  ['走访数十个村', '数十个', 10, '个', 'quantity', true],
  // counted nouns on either side
  ['新签约落地项目10个，', '10个', 10, '个', 'projects'],
  ['便有6个项目支付了保证金', '6个', 6, '个', 'projects'],
  ['建成8个小二型水库', '8个', 8, '个', 'facilities'],
  ['铺开21个村的道路', '21个', 21, '个', 'quantity'],
  ['建成“爱心超市”78处', '78处', 78, '处', 'facilities'],
  // financial, traditional, colloquial, 半
  ['捐款壹佰元', '壹佰元', 100, '元', 'money'],
  ['投資兩千萬元', '兩千萬元', 20000000, '元', 'money'],
  ['月薪一万三千元', '一万三千元', 13000, '元', 'money'],
  ['支出两千五百元', '两千五百元', 2500, '元', 'money'],
  // compound money, currencies, signs
  ['每斤五元三毛', '五元三毛', 5.3, '元', 'money'],
  ['售价3块5', '3块5', 3.5, '元', 'money'],
  ['价格2元5角8分', '2元5角8分', 2.58, '元', 'money'],
  ['折合人民币50元', '50元', 50, '元', 'money'],
  ['融资人民币50亿', '50亿', 5000000000, '元', 'money'],
  ['售价￥300', '￥300', 300, '元', 'money'],
  ['只要$20', '$20', 20, '美元', 'money'],
  ['出口100美元', '100美元', 100, '美元', 'money'],
  ['投资50欧元', '50欧元', 50, '欧元', 'money'],
  ['收入80港元', '80港元', 80, '港元', 'money'],
  ['气温零下10度', '零下10度', -10, '℃', 'other'],
  // implied money and products
  ['全镇经济总产值4.2亿，', '4.2亿', 420000000, '元', 'money'],
  ['考察2×34万千瓦热电项目', '2×34万千瓦', 680000, '千瓦', 'capacity'],
  ['日产2×7500吨熟料', '2×7500吨', 15000, '吨', 'capacity'],
  // bare multiplier before a measure
  ['新建万吨制水流程', '万吨', 10000, '吨', 'capacity'],
  // other units
  ['距县城45公里', '45公里', 45, '公里', 'other'],
  ['耕地7586公顷', '7586公顷', 7586, '公顷', 'area'],
  ['朝鲜族4864口人', '4864口人', 4864, '人', 'people'],
];

describe('extractFigures: number forms', () => {
  for (const [input, text, value, unit, category, approx = false, range] of CASES) {
    it(`${input} → ${text}`, () => {
      const figs = extractFigures(input);
      expect(figs).toHaveLength(1);
      const f = figs[0]!;
      expect({ text: f.text, value: f.value, unit: f.unit, category: f.category, approx: f.approx }).toEqual({ text, value, unit, category, approx });
      expect(f.range ? [f.range.min, f.range.max] : undefined).toEqual(range);
      expect([...input].slice(f.start, f.end).join('')).toBe(text);
    });
  }
});

const NEGATIVES = [
  '一切为了群众', '全国统一部署', '四川省', '五角大楼发表声明', '万一出现问题', '做了一些工作', '获得第一名', '新春第一天',
  '2019年', '发布时间:2020-01-31 6:43:28', '请在30日内进行', '联系电话0538-3222222', '1. 加强管理', '一、总体要求',
  '（一）加强组织领导', '“十三五”期间', '三农问题', '开办“五个课堂”', '万众一心', '千万不要',
  '1—7月', '一季度', 'A320客机', '三年内', '五家渠市', '进一步加强', '三位一体',
];

// 一 before a classifier is the article "a": no key figure, but the number
// reader's own view (--all) still reads the 1 it writes
const ARTICLE_ONE: [string, number][] = [['不落一个支部、不落一名党员', 2], ['每季度召开一次会议', 1]];

describe('extractFigures: the article 一', () => {
  for (const [input, n] of ARTICLE_ONE) {
    it(`${input}: none, and ${n} × 1 with --all`, () => {
      expect(extractFigures(input)).toEqual([]);
      const all = extractFigures(input, { all: true });
      expect(all.map((f) => f.value)).toEqual(Array(n).fill(1));
    });
  }
});

describe('extractFigures: not figures', () => {
  for (const input of NEGATIVES) {
    it(`${input}: none`, () => {
      expect(extractFigures(input)).toEqual([]);
      expect(extractFigures(input, { all: true })).toEqual([]);
    });
  }
});

describe('extractFigures: options', () => {
  it('--all reports bare numbers with unit null, category other', () => {
    const figs = extractFigures('共有35，增长3.5，一万三，负5', { all: true });
    expect(figs.map((f) => [f.text, f.value, f.unit, f.category])).toEqual([
      ['35', 35, null, 'other'], ['3.5', 3.5, null, 'other'], ['一万三', 13000, null, 'other'], ['负5', -5, null, 'other'],
    ]);
    expect(extractFigures('共有35，增长3.5')).toEqual([]);
  });
  it('categories keep only the listed ones', () => {
    const figs = extractFigures('投资860万元，惠及771户、1352人，建设项目10个。', { categories: ['money', 'projects'] });
    expect(figs.map((f) => f.category)).toEqual(['money', 'projects']);
  });
  it('exclude drops figures in the given code point spans', () => {
    const text = '𠀀投资860万元。\n声明：请在30日内联系，赔偿5000元。';
    const all = extractFigures(text);
    expect(all.map((f) => f.text)).toEqual(['860万元', '5000元']);
    const cut = text.indexOf('声明') - 1; // one astral character before: UTF-16 index − 1 = code point index
    expect(extractFigures(text, { exclude: [{ start: cut, end: cut + 100 }] }).map((f) => f.text)).toEqual(['860万元']);
  });
  it('the time written before a figure in its sentence is its period', () => {
    const figs = extractFigures('2019年，新签约落地项目10个，计划投资40亿元。2020年计划新建3个。全县新建5个。');
    expect(figs.map((f) => [f.text, f.period])).toEqual([['10个', '2019年'], ['40亿元', '2019年'], ['3个', '2020年'], ['5个', undefined]]);
  });
  it('offsets are code points even after astral characters', () => {
    const text = '𠀀𠀁投资860万元';
    const f = extractFigures(text)[0]!;
    expect([f.start, f.end]).toEqual([4, 9]);
    expect([...text].slice(f.start, f.end).join('')).toBe('860万元');
  });
  it('the sentence is the whole sentence around the figure', () => {
    const f = extractFigures('第一句话。先后投资860万元，完成了操场硬化。第三句。')[0]!;
    expect(f.sentence).toBe('先后投资860万元，完成了操场硬化。');
    expect(f.section).toBeNull();
  });
});
