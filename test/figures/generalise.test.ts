// Rules added so the extractor generalises past the development gold: each
// with the kind of sentence it is for and one it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';

const one = (text: string, figure: string) => {
  const f = extractFigures(text).find((x) => x.text === figure);
  if (!f) throw new Error(`no figure ${figure} in ${text}: ${JSON.stringify(extractFigures(text).map((x) => x.text))}`);
  return f;
};

describe('labels are short subjects, never a lone character or function word', () => {
  it('one-character place nouns written together are one noun: 30个省市', () => {
    expect(one('环保部调研30个省市的在建大项目有了眉目。', '30个').label).toBe('省市');
  });
  it('a place character does not start a noun by itself: 5个市场主体 is not labelled 市', () => {
    expect(one('当地新增5个市场主体。', '5个').label).not.toBe('市');
  });
  it('a counted noun heads an enumeration: 119个村、居委会、社区', () => {
    expect(one('分别进驻119个村、居委会、社区，帮助群众解决难题。', '119个').label).toBe('村、居委会、社区');
  });
  it('coordinated percentages take the noun of the 的-phrase after them, not 和 or 分别有', () => {
    const figs = extractFigures('受理的一些项目，分别有15.5%和23.7%的项目存在未批先建的问题。');
    expect(figs.map((f) => f.label)).toEqual(['项目', '项目']);
  });
  it('a lone preposition before a threshold gives way to the noun after it: 对20吨及以下转炉电炉', () => {
    const f = one('严格执行差别电价政策，对20吨及以下转炉电炉等淘汰类实施差别电价。', '20吨');
    expect(f.label).toBe('转炉电炉');
    expect(f.approx).toBe(true);
  });
  it('no label at all rather than one character: 共1257亩', () => {
    const f = one('烤烟为传统产业，共1257亩；', '1257亩');
    expect(f.label === null || [...f.label].length >= 2).toBe(true);
  });
  it('a bare verb before a count gives way to the phrase after the classifier: 设立6项专项附加扣除', () => {
    expect(one('提高个人所得税起征点，设立6项专项附加扣除。', '6项').label).toBe('专项附加扣除');
  });
  it('a counted noun after the classifier still wins over the phrase before: 新建续建项目28个', () => {
    expect(one('全年新建续建项目28个。', '28个').label).toBe('新建续建项目');
  });
});

describe('labels keep nouns that open like a leading word', () => {
  it.each([
    ['全市共有中小学校218所，在校学生15.6万名。', '15.6万名', '在校学生'],
    ['全县企业412家，从业人员5.2万人。', '5.2万人', '从业人员'],
    ['签约项目12个，到位资金15亿元。', '15亿元', '到位资金'],
    ['目前在建项目36个。', '36个', '在建项目'],
  ])('%s', (text, figure, label) => {
    expect(one(text, figure).label).toContain(label);
  });
  it('still drops a leading preposition: 在全县推广100台 does not keep 在', () => {
    expect(one('在全县推广新型农机100台。', '100台').label?.startsWith('在')).toBe(false);
  });
  it('drops 预计达 before the number: 年产值预计达30亿元 → 年产值', () => {
    expect(one('项目建成后年产值预计达30亿元。', '30亿元').label).toMatch(/年产值$/);
  });
});

describe('elided subjects', () => {
  it('a bracketed gloss between subject and number is skipped: 地区生产总值（GDP）356.8亿元', () => {
    expect(one('全区实现地区生产总值（GDP）356.8亿元，增长7.2%。', '356.8亿元').label).toContain('地区生产总值');
  });
  it('a count without its own noun continues the count before it: 项目45个，其中新开工18个', () => {
    const text = '全年实施工业项目45个，其中新开工18个，竣工投产12个。';
    expect(one(text, '18个').category).toBe('projects');
    expect(one(text, '12个').category).toBe('projects');
  });
  it('but not across sentences, nor across classifiers', () => {
    expect(one('全年实施工业项目45个。新开工18个。', '18个').category).not.toBe('projects');
    expect(one('全年实施工业项目45项，其中新开工18个。', '18个').category).not.toBe('projects');
  });
});

describe('labels drop a leading period', () => {
  it.each([
    ['一季度，全市实现地区生产总值612.5亿元。', '612.5亿元'],
    ['今年1至10月全县完成固定资产投资125.6亿元。', '125.6亿元'],
    ['1-6月份新增就业3200人。', '3200人'],
  ])('%s', (text, figure) => {
    expect(one(text, figure).label).not.toMatch(/季度|月/);
  });
});

describe('document titles and first-time records', () => {
  it('a book-title name counts like a quoted one: 《措施》共20条 → 措施', () => {
    expect(one('《措施》共20条，从5个方面提出具体举措。', '20条').label).toBe('措施');
  });
  it('首次突破 is not part of the subject', () => {
    const f = one('对年营业收入首次突破10亿元的民营企业给予奖励。', '10亿元');
    expect(f.label).toBe('年营业收入');
    expect(f.approx).toBe(true);
  });
});

describe('labels drop what is not the subject', () => {
  it('a comparison base between subject and verb: 排放比上一年下降 → 排放下降', () => {
    expect(one('2008年，我国的化学需氧量排放比上一年下降了4.2%。', '4.2%').label).toBe('化学需氧量排放下降');
  });
  it('比 inside a word stays: 占总人口比重', () => {
    expect(one('朝鲜族人口占总人口比重16%。', '16%').label).toContain('比重');
  });
  it('a figure that only says 下降 borrows the subject of the figure before it in the sentence', () => {
    const figs = extractFigures('单位生产总值能耗比上一年下降4.59%，累计比2005年下降10.1%。');
    expect(figs[1]!.label).toBe('单位生产总值能耗下降');
  });
  it('…but not across a sentence end', () => {
    const figs = extractFigures('单位生产总值能耗下降4.59%。累计下降10.1%。');
    expect(figs[1]!.label ?? '').not.toContain('能耗');
  });
  it('from … to: the second figure shares the subject (由9.8%降至7.5%, 从每月70元提高到88元)', () => {
    expect(extractFigures('关税总水平由9.8%降至7.5%。').map((f) => f.label)).toEqual(['关税总水平', '关税总水平']);
    expect(extractFigures('城乡居民基础养老金最低标准从每月70元提高到88元。').map((f) => f.label)).toEqual([
      '城乡居民基础养老金最低标准',
      '城乡居民基础养老金最低标准',
    ]);
  });
  it('two figures in one clause joined by a real verb do not share: 投资3亿元带动就业500人', () => {
    const figs = extractFigures('项目投资3亿元带动就业500人。');
    expect(figs[1]!.label).not.toBe(figs[0]!.label);
  });
  it('a long clause keeps the head after its last 的: 但记者了解到的销售数据 → 销售数据', () => {
    expect(one('但记者了解到的销售数据已经超过41亿元。', '41亿元').label).toBe('销售数据');
    expect(one('届时今年来自新股基的增量资金将近 300亿元。', '300亿元').label).toBe('增量资金');
  });
  it('a short 的-phrase is kept whole: 医保基金的结存', () => {
    expect(one('医保基金的结存为609亿元。', '609亿元').label).toBe('医保基金的结存');
  });
  it('the subject ends before a modal verb: 化学需氧量减排可以完成…计划的将近85%到90%', () => {
    const f = one('而化学需氧量减排可以完成“十一五”计划的将近85%到90%。', '85%到90%');
    expect(f.label).toBe('化学需氧量减排');
    expect(f.range).toEqual({ min: 85, max: 90 });
    expect(f.approx).toBe(true);
  });
  it('an adverb between subject and verb of change goes (亦上升, 大幅上升, 则升), a word ending in one stays (人均)', () => {
    expect(one('经内港码头入境旅客亦上升53.9%。', '53.9%').label).toBe('经内港码头入境旅客上升');
    expect(one('汽车销货价值则升6.1%。', '6.1%').label).toBe('汽车销货价值升');
    expect(one('经陆路入境旅客为7808627人次，较去年同期大幅上升63.2%。', '63.2%').label).toBe('经陆路入境旅客上升');
    expect(one('城镇居民人均可支配收入增长5%。', '5%').label).toContain('人均');
  });
  it('a comparison with the same month of last year is not the subject: 较去年同月增加 → 增加', () => {
    expect(one('入境旅客数目较去年同月增加35.4%。', '35.4%').label).toBe('入境旅客数目增加');
  });
  it('a level after a change in the next clause takes the subject without the change: …增加35.4%，达1509403人次', () => {
    expect(one('十月入境旅客数目较去年同月增加35.4%，达1509403人次。', '1509403人次').label).toBe('入境旅客数目');
    expect(one('中国大陆旅客增幅达78.1%，为7836240人次。', '7836240人次').label).toBe('中国大陆旅客');
  });
  it('…not when the figure before is a level, nor across a sentence end', () => {
    const level = extractFigures('游客总数为3000人，达到500人次。', { explain: true }).find((f) => f.text === '500人次')!;
    expect(level.explain!.label).not.toContain('change before');
    expect(one('入境旅客增加35.4%。达1509403人次。', '1509403人次').label ?? '').not.toContain('旅客');
  });
  it('a leading span of time and a trailing rate go: 近一个月来新增基金开户数平均每周都超过35000户', () => {
    expect(one('近一个月来新增基金开户数平均每周都超过35000户。', '35000户').label).toBe('新增基金开户数');
  });
});

describe('amounts without a unit', () => {
  it('a range with a multiplier followed by a money 的-phrase is money: 1-2万亿的节能投资市场', () => {
    const f = one('尤其是加快1-2万亿的节能投资市场的开发。', '1-2万亿');
    expect(f).toMatchObject({ value: 1e12, unit: '元', category: 'money', range: { min: 1e12, max: 2e12 }, label: '节能投资市场' });
  });
  it('…and not without one: 1-2万亿的星星', () => {
    expect(extractFigures('银河里有1-2万亿的星星。')).toEqual([]);
  });
  it('a single amount followed by a money 的-phrase is money: 1.3万亿的投资', () => {
    expect(one('带动1.3万亿的投资。', '1.3万亿')).toMatchObject({ value: 1.3e12, unit: '元', category: 'money' });
  });
  it('a head-count noun after the amount makes it people: 近1400万农业转移人口', () => {
    const f = one('近1400万农业转移人口在城镇落户。', '1400万');
    expect(f).toMatchObject({ value: 14_000_000, unit: '人', category: 'people', approx: true, label: '农业转移人口' });
  });
  it('a head-count noun as subject before the amount: 农村贫困人口减少1386万', () => {
    expect(one('农村贫困人口减少1386万，易地扶贫搬迁280万人。', '1386万')).toMatchObject({ unit: '人', category: 'people' });
  });
  it('other nouns do not: 销量减少1386万 is no head count', () => {
    expect(extractFigures('销量减少1386万，').filter((f) => f.unit === '人')).toEqual([]);
  });
  it('人口 is a unit: 近14亿人口 is 1.4e9 people labelled 人口', () => {
    const f = one('近14亿人口的发展中大国，实现了比较充分就业。', '14亿人口');
    expect(f).toMatchObject({ value: 1.4e9, unit: '人', category: 'people', label: '人口', approx: true });
  });
});

describe('negatives', () => {
  it('万元 of an intensity (万元GDP能耗) is not money, while 100万元 still is', () => {
    const texts = extractFigures('万元GDP能耗下降3.2%，单位万元工业增加值用水量下降5%，投入资金100万元。').map((f) => f.text);
    expect(texts).not.toContain('万元');
    expect(texts).toContain('100万元');
  });
  it('shorthand policy names are not counts: 中央八项规定', () => {
    expect(extractFigures('严格落实中央八项规定及其实施细则精神。')).toEqual([]);
  });
  it('…but a count of measures is: 出台八项措施', () => {
    expect(one('省政府出台八项措施。', '八项').value).toBe(8);
  });
});
