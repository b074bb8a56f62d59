// "分别" lists: each figure names its own item with the shared measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { splitMeasure } from '../../src/figures/refiners/words.js';
import { corpusDir } from '../paths.js';

const labels = (text: string) => extractFigures(text).map((f) => [f.text, f.label]);

describe('分别 lists', () => {
  it('items share a measure written once after the last', () => {
    expect(labels('粮食、油料、蔬菜产量分别增长2.1%、3.5%、1.2%。')).toEqual([
      ['2.1%', '粮食产量增长'], ['3.5%', '油料产量增长'], ['1.2%', '蔬菜产量增长'],
    ]);
    expect(labels('城市、县城污水处理率分别达到95%和88%。')).toEqual([['95%', '城市污水处理率'], ['88%', '县城污水处理率']]);
  });
  it('a conjunction before the items and an adverb before 分别 belong to no item: 而甲乙两地则分别', () => {
    expect(labels('而城市和县城则分别占60%和30%。')).toEqual([['60%', '城市'], ['30%', '县城']]);
  });
  it('items named by the clause before, introduced by 来自 or framed by 以…为主', () => {
    expect(labels('游客主要来自北京及上海，分别占40%及20%。')).toEqual([['40%', '北京'], ['20%', '上海']]);
    expect(labels('以粮食、油料及蔬菜为主,分别占50%、30%及10%。')).toEqual([['50%', '粮食'], ['30%', '油料'], ['10%', '蔬菜']]);
  });
  it('items joined by 和, items that already name their measure', () => {
    expect(labels('进口和出口分别下降3.2%和1.8%。')).toEqual([['3.2%', '进口下降'], ['1.8%', '出口下降']]);
    expect(labels('一般公共预算收入、税收收入分别完成512亿元、368亿元。')).toEqual([['512亿元', '一般公共预算收入'], ['368亿元', '税收收入']]);
  });
  it('items sharing a head noun, and ordinals written once', () => {
    expect(labels('城镇和农村居民人均可支配收入分别增长5.6%和6.6%。').map((x) => x[1])).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
    expect(labels('第一、二、三产业增加值分别增长3.9%、5.4%和4.2%。').map((x) => x[1])).toEqual([
      '第一产业增加值增长', '第二产业增加值增长', '第三产业增加值增长',
    ]);
  });
  it('counts that differ: the shared measure only, never one item for all', () => {
    expect(labels('粮食、油料产量分别增长2.1%、3.5%、1.2%。').map((x) => x[1])).toEqual(['产量增长', '产量增长', '产量增长']);
  });
  it('each figure in its own clause after 分别 keeps its own label (corpus 27)', () => {
    const text = readFileSync(join(corpusDir, '27_xinjiang_jijian_jiancai.txt'), 'utf8');
    const got = extractFigures(text).filter((f) => ['5亿元', '7.2亿元', '9.54亿元'].includes(f.text)).map((f) => f.label);
    expect(got).toEqual(['五家渠投资', '库车投资', '克州投资']);
  });
  it('real statistical bulletins: a second 分别 clause reuses the items (m04, m05)', () => {
    const m04 = readFileSync(join(corpusDir, 'more', 'm04_jiangxi_2022_tongji_gongbao.txt'), 'utf8');
    const at = m04.indexOf('战略性新兴产业、高新技术产业、装备制造业增加值分别增长');
    const got = extractFigures(m04).filter((f) => f.sentence.includes('战略性新兴产业、高新技术产业')).slice(0, 6).map((f) => [f.text, f.label]);
    expect(at).toBeGreaterThan(0);
    expect(got).toEqual([
      ['20.6%', '战略性新兴产业增加值增长'], ['16.9%', '高新技术产业增加值增长'], ['17.3%', '装备制造业增加值增长'],
      ['27.1%', '战略性新兴产业占规模以上工业比重'], ['40.5%', '高新技术产业占规模以上工业比重'], ['30.9%', '装备制造业占规模以上工业比重'],
    ]);
    const m05 = readFileSync(join(corpusDir, 'more', 'm05_yichun_2022_tongji_gongbao.txt'), 'utf8');
    const g5 = extractFigures(m05).filter((f) => f.sentence.includes('营业收入和利润总额')).map((f) => [f.text, f.label]);
    expect(g5.filter((x) => ['4672.8亿元', '512.4亿元', '9.6%', '29.1%'].includes(x[0]!))).toEqual([
      ['4672.8亿元', '营业收入'], ['512.4亿元', '利润总额'], ['9.6%', '营业收入增长'], ['29.1%', '利润总额增长'],
    ]);
  });
  it('the items may close the clause before 分别 (corpus 15)', () => {
    const text = readFileSync(join(corpusDir, '15_huanbaobu_diaoyan_30shengshi.txt'), 'utf8');
    const got = extractFigures(text).filter((f) => f.text === '15.5%' || f.text === '23.7%').map((f) => f.label);
    expect(got).toEqual(['环境保护部受理项目', '地方环保部门受理项目']);
  });
});

describe('parallel lists without 分别', () => {
  it('as many items as figures, the figures joined directly: each its own item', () => {
    expect(labels('进口和出口增长3.2%和1.8%。')).toEqual([['3.2%', '进口增长'], ['1.8%', '出口增长']]);
    expect(labels('小麦和玉米价格为2.3元和1.8元。')).toEqual([['2.3元', '小麦价格'], ['1.8元', '玉米价格']]);
    expect(labels('实现营业收入和利润总额58亿元和6亿元。')).toEqual([['58亿元', '营业收入'], ['6亿元', '利润总额']]);
  });
  it('counts that differ, or a subject that is no list, are left alone', () => {
    const three = labels('东部和中部地区增长5%、6%和7%。').map(([, l]) => l);
    expect(new Set(three).size).toBe(1);
    const two = labels('完成投资5亿元和3亿元。').map(([, l]) => l);
    expect(two[0]).toBe(two[1]);
  });
});

describe('word boundaries', () => {
  it('an item and its measure split on a word boundary', () => {
    expect(splitMeasure('县城污水处理率', 2)).toEqual(['县城', '污水处理率']);
    expect(splitMeasure('装备制造业增加值', 7)).toEqual(['装备制造业', '增加值']);
  });
  it('a label never starts inside the word of the figure before, nor ends inside a word', () => {
    const [, b] = extractFigures('建设30万吨级码头2个。');
    expect(b!.label).toBe('码头');
    expect(extractFigures('其中初中阶段学校2233所。')[0]!.label).toBe('初中阶段学校');
    // 其中|非急需: 中非 is a word too, but 其中 ends where the label starts
    expect(extractFigures('其中非急需非刚性支出压减50%。')[0]!.label).toBe('非急需非刚性支出压减');
  });
});

describe('labels without clause furniture', () => {
  const label = (t: string) => extractFigures(t)[0]!.label;
  it('a run of time before the verb is not the subject (连续8个月超过10% gave 月超)', () => {
    expect(label('全市规模以上工业增加值连续8个月超过10%。')).toBe('全市规模以上工业增加值');
  });
  it('a sentence subject that is not what is counted (某园区成为全省首个产值…)', () => {
    expect(label('经开区成为全省首个产值突破100亿元的园区。')).toBe('产值');
  });
  it('a clause with only a link word takes the subject opening the sentence (corpus 14)', () => {
    expect(label('中草药材以苍术、白芍、赤芍、五味子等为主，共2357亩；')).toBe('中草药材');
    expect(label('货币政策精准有力，两次降低存款准备金率。')).toBe('降低存款准备金率');
  });
  it('after 的, 等 or a verb of supplying, the counted noun follows the count', () => {
    expect(label('首批试点的2000辆公共自行车投入使用。')).toBe('公共自行车');
    expect(label('在东城、朝阳、西城、丰台等8个区域配备自行车。')).toBe('区域');
    expect(label('需要交纳200元诚信保证金。')).toBe('诚信保证金');
  });
  it('the rest of a unit is not a noun after the figure', () => {
    expect(extractFigures('规模以上工业综合能源消费量6362.3万吨标准煤，增长3.5%。').map((f) => f.label)).toEqual([
      '规模以上工业综合能源消费量', '规模以上工业综合能源消费量增长',
    ]);
  });
  it('plan words are left to status', () => {
    expect(label('铁道部将对新疆投资3100亿元。')).toBe('铁道部对新疆投资');
    expect(label('今年赤字率拟按2.8%安排。')).toBe('赤字率');
  });
});

describe('figures of interest and 户', () => {
  const cats = (text: string) => extractFigures(text).map((f) => [f.text, f.category]);
  it('户 counts households only when households are meant', () => {
    expect(cats('新增基金开户数超过35000户。')).toEqual([['35000户', 'quantity']]);
    expect(cats('日均新设企业超过1.8万户。')).toEqual([['1.8万户', 'quantity']]);
    expect(cats('帮扶企业结对贫困户500户。')).toEqual([['500户', 'households']]);
    expect(cats('全镇脱贫771户。')).toEqual([['771户', 'households']]);
    expect(cats('他家住在十三户村。')).toEqual([]);
  });
  it('八个字 and 1个工作日 are not figures', () => {
    expect(cats('在“巩固、增强、提升、畅通”八个字上下功夫。')).toEqual([]);
    expect(cats('办理时间压缩至1个工作日，服务3个园区。')).toEqual([['3个', 'quantity']]);
  });
});
