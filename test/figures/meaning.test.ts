// What each figure measures: status, change and period, rule by rule on
// sentences of our own, then on real articles (expected values checked by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { inYear } from '../../src/figures/refiners/period.js';
import { figuresOf } from '../../src/pipeline/figures-stage.js';
import { sourceFromString } from '../../src/input/source.js';
import { corpusDir } from '../paths.js';

const get = (text: string, options = {}) => extractFigures(text, options).map((f) => ({ t: f.text, s: f.status, c: f.change, p: f.period, l: f.label }));
const statusOf = (text: string) => extractFigures(text).map((f) => [f.text, f.status]);

describe('status', () => {
  it('plan words make a target, a plain statement is a fact', () => {
    expect(statusOf('力争全年新增就业1100万人。')).toEqual([['1100万人', 'target']]);
    expect(statusOf('今年赤字率拟按2.8%安排。')).toEqual([['2.8%', 'target']]);
    expect(statusOf('预计全县粮食产量达到5万吨。')).toEqual([['5万吨', 'target']]);
    expect(statusOf('全县粮食产量达到5万吨。')).toEqual([['5万吨', 'actual']]);
  });
  it('the nearest clause that says anything decides', () => {
    expect(statusOf('该项目计划投资10亿元，目前已完成投资6亿元。')).toEqual([['10亿元', 'target'], ['6亿元', 'actual']]);
    // 3亿元 has no word of its own: the plan of the clause before holds
    expect(statusOf('明年将投资5亿元，其中省级资金3亿元。')).toEqual([['5亿元', 'target'], ['3亿元', 'target']]);
  });
  it('a past marker beats a plan word in the same clause, a time of the past does not', () => {
    expect(statusOf('已完成计划投资的80%。')).toEqual([['80%', 'actual']]);
    expect(statusOf('今年以来募集额将逾300亿元。')).toEqual([['300亿元', 'target']]);
    expect(statusOf('“十二五”期间投资规模累计将达3.6万亿元。')).toEqual([['3.6万亿元', 'target']]);
  });
  it('look-alikes of plan words report results', () => {
    expect(statusOf('主要指标好于预期，全年增长6.6%。')).toEqual([['6.6%', 'actual']]);
    expect(statusOf('完成年初确定的目标，新增就业1361万人。')).toEqual([['1361万人', 'actual']]);
    expect(statusOf('主要农产品产量增长3%。')).toEqual([['3%', 'actual']]);
    expect(statusOf('将近300亿元资金到位。')).toEqual([['300亿元', 'actual']]);
  });
  it('a comparison base is not a past marker; 现行 marks only the figure after it', () => {
    expect(statusOf('今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。')).toEqual([['2.8%', 'target'], ['0.2个百分点', 'target']]);
    expect(statusOf('将制造业等行业现行16%的税率降至13%。')).toEqual([['16%', 'actual'], ['13%', 'target']]);
  });
  it('a plan named after the figure, and years still to come', () => {
    expect(statusOf('化学需氧量比2008年下降2.1%的安排。')).toEqual([['2.1%', 'target']]);
    expect(extractFigures('到2020年建成500个站点。', { year: 2018 })[0]!.status).toBe('target');
    expect(extractFigures('到2020年建成500个站点。', { year: 2021 })[0]!.status).toBe('actual');
  });
  it('conditions and penalties tell neither', () => {
    expect(statusOf('如果超标排放，处以罚款10万元。')).toEqual([['10万元', null]]);
  });
  it('a bound is a commitment in a plan and a norm in a rule', () => {
    expect(statusOf('城镇新增就业不少于1100万人。')).toEqual([['1100万人', 'target']]);
    expect(statusOf('《条例》明确，居住区的绿地率不低于30%。')).toEqual([['30%', null]]);
    expect(statusOf('违规施工伤树最低罚2万元。')).toEqual([['2万元', null]]);
  });
  it('a requirement and a tariff are rules too: 余额需不低于30元, 计费…收费不超过10元; 市场需求 is no requirement', () => {
    expect(statusOf('一卡通余额需不低于30元。')).toEqual([['30元', null]]);
    expect(statusOf('采取计时计费模式，每日累计收费不超过10元。')).toEqual([['10元', null]]);
    expect(statusOf('市场需求不低于500万吨。')).toEqual([['500万吨', 'target']]);
  });
  it('a figure that is the subject takes the word of its predicate', () => {
    expect(statusOf('11种大病明年有望获得报销。')).toEqual([['11种', 'target']]);
    expect(statusOf('6万多家餐馆如果都安装，费用很高。')).toEqual([['6万多家', null]]);
    expect(statusOf('6万多家餐馆都安装了。')).toEqual([['6万多家', 'actual']]);
  });
  it('a section default holds when the sentence says nothing, and the clause overrides it', () => {
    const text = '全年财政支出23万亿元。去年已增长8.7%。';
    const frames = [{ start: 0, end: 30, status: 'target' as const, heading: '三、2019年政府工作任务', year: 2019, period: '2019年' }];
    expect(get(text, { frames }).map((f) => [f.t, f.s, f.p])).toEqual([['23万亿元', 'target', '2019年全年'], ['8.7%', 'actual', '2018年']]);
  });
});

describe('change', () => {
  const changeOf = (text: string) => extractFigures(text).map((f) => [f.text, f.change ?? null]);
  it('a verb of change right before the number, with its basis', () => {
    expect(changeOf('国内生产总值增长6.6%。')).toEqual([['6.6%', { direction: 'up', basis: null }]]);
    expect(changeOf('化学需氧量排放比上一年下降了4.2%。')).toEqual([['4.2%', { direction: 'down', basis: '比上一年' }]]);
    expect(changeOf('出口同比增长12%。')).toEqual([['12%', { direction: 'up', basis: '同比' }]]);
    expect(changeOf('比去年预算高0.2个百分点。')).toEqual([['0.2个百分点', { direction: 'up', basis: '比去年预算' }]]);
    expect(changeOf('贫困户减少12户。')).toEqual([['12户', { direction: 'down', basis: null }]]);
  });
  it('a basis stated once holds for the sentence; a clause may only frame it', () => {
    expect(changeOf('排放比上一年下降了4.2%，二氧化硫下降了5.95%。另一项下降3%。').map((x) => (x[1] as { basis: string | null }).basis)).toEqual([
      '比上一年', '比上一年', null,
    ]);
    expect(changeOf('与2005年相比，化学需氧量排放累计下降了6.61%。')).toEqual([['6.61%', { direction: 'down', basis: '与2005年相比' }]]);
  });
  it('a level is not a change: 提高到, 降至, 最高', () => {
    expect(changeOf('地区生产总值4280亿元。')).toEqual([['4280亿元', null]]);
    expect(changeOf('最低标准从每月70元提高到88元。')).toEqual([['70元', null], ['88元', null]]);
    expect(changeOf('关税总水平由9.8%降至7.5%。')).toEqual([['9.8%', null], ['7.5%', null]]);
    expect(changeOf('最高支付6倍。')).toEqual([['6倍', null]]);
  });
  it('an enumeration shares the change; a rate noun is itself a change; a range keeps its range', () => {
    expect(changeOf('分别增长2.1%、3.5%和1.2%。').map((x) => (x[1] as { direction: string }).direction)).toEqual(['up', 'up', 'up']);
    expect(changeOf('平均净值增长率达到17.90%。')).toEqual([['17.90%', { direction: 'up', basis: null }]]);
    const [r] = extractFigures('国内生产总值增长6%－6.5%。');
    expect([r!.change?.direction, r!.range]).toEqual(['up', { min: 6, max: 6.5 }]);
  });
});

describe('period', () => {
  const periodOf = (text: string, year: number | null = null) => extractFigures(text, { year }).map((f) => [f.text, f.period]);
  it('the time written nearest before the figure in its sentence', () => {
    expect(periodOf('1—7月，全市完成投资50亿元。')).toEqual([['50亿元', '1—7月']]);
    expect(periodOf('截至7月底，累计发放贷款3亿元。')).toEqual([['3亿元', '截至7月底']]);
    expect(periodOf('一季度实现产值8亿元。')).toEqual([['8亿元', '一季度']]);
    expect(periodOf('“十四五”期间新建学校12所。')).toEqual([['12所', '十四五期间']]);
    expect(periodOf('2019年上半年，出口增长5%。')).toEqual([['5%', '2019年上半年']]);
    expect(periodOf('今年前4个月，净亏损达51.8亿元。', 2009)).toEqual([['51.8亿元', '2009年前4个月']]);
  });
  it('a period without its year takes the section heading\'s year', () => {
    expect([inYear('全年', 2018), inYear('截至7月底', 2018), inYear('目前', 2018), inYear('2019年', 2018), inYear('全年', null)]).toEqual([
      '2018年全年', '截至2018年7月底', '目前', '2019年', '全年',
    ]);
  });
  it('今年 and 去年 are resolved against the article year; a comparison base is not the period', () => {
    expect(periodOf('今年计划投资40亿元。', 2020)).toEqual([['40亿元', '2020年']]);
    expect(periodOf('去年投资30亿元。', 2020)).toEqual([['30亿元', '2019年']]);
    expect(periodOf('今年计划投资40亿元。')).toEqual([['40亿元', '今年']]);
    expect(periodOf('单位能耗比2005年下降10.1%。')).toEqual([['10.1%', undefined]]);
  });
});

describe('the 2019 work report through the pipeline (sections set the defaults)', () => {
  const text = readFileSync(join(corpusDir, '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'), 'utf8');
  const figures = figuresOf(sourceFromString('23.txt', text, 'utf-8', 'text')).figures;
  const at = (t: string, near: number) => figures.find((f) => f.text === t && Math.abs(f.start - near) < 5)!;
  it('the review reports, the targets paragraph and the tasks plan', () => {
    // 一、2018年工作回顾: 国内生产总值增长6.6%
    expect([at('6.6%', 269).status, at('6.6%', 269).period, at('6.6%', 269).change?.direction]).toEqual(['actual', '2018年', 'up']);
    // 二、…: 今年…主要预期目标是：…城镇新增就业1100万人以上
    expect([at('1100万人', 5410).status, at('1100万人', 5410).period]).toEqual(['target', '2019年']);
    // 今年财政支出超过23万亿元: nothing in the sentence, the plan section says target
    expect(at('23万亿元', 5858).status).toBe('target');
    const tasks = figures.filter((f) => f.start >= 7374 && f.start < 20661);
    const targets = tasks.filter((f) => f.status === 'target').length;
    expect(targets / tasks.length).toBeGreaterThan(0.9);
  });
});
