import { describe, expect, it } from 'vitest';
import { figureFirst, isQuotable, newsLead, selectionPrior } from '../../src/summarize/selection.js';

const s = (text: string, start = 0) => ({ text, start, end: start + [...text].length });

describe('which sentences may be key sentences', () => {
  it('never a table, never a 500-character run-on; an ordinary sentence is fine', () => {
    expect(isQuotable(s('全年地区生产总值3473.12亿元，同比增长5.3%。'))).toBe(true);
    expect(isQuotable({ ...s('青岛无南昌无大连无深圳2.00元/运次。'), table: true })).toBe(false);
    expect(isQuotable(s('整治'.repeat(251) + '。'))).toBe(false);
    expect(isQuotable(s('整治'.repeat(249) + '。'))).toBe(true);
    expect(isQuotable(s('本文版权所有，未经授权不得转载，违者必究。'))).toBe(false);
    expect(isQuotable(s('扫一扫关注我们的微信公众号，获取更多资讯。'))).toBe(false);
    expect(isQuotable(s('全市转载率提高到95%，旧车转让手续全部网上办理。'))).toBe(true);
  });
  it('ranks the opening sentences up, fading, and a sentence leaning on the one before down', () => {
    expect(selectionPrior(s('全年农业总产值613.22亿元。'), 0)).toBeGreaterThan(selectionPrior(s('全年农业总产值613.22亿元。'), 3));
    expect(selectionPrior(s('其中，城镇常住人口288.37万人。'), 3)).toBeLessThan(selectionPrior(s('城镇常住人口288.37万人。'), 3));
    expect(selectionPrior(s('该县新增就业15325人。'), 3)).toBe(selectionPrior(s('全县新增就业15325人。'), 3));
  });
});

describe('the lead of short news', () => {
  const none = [{ heading: null, parent: null }];
  it('starts at the first opening sentence that restates the headline', () => {
    const xs = [s('党代会分团讨论会上，代表们为北京发展建言献策，很多消息从会上传出。', 0), s('市人社局负责人透露，明年11种大病患者有望获二次报销，本市拿出约3亿元。', 40), s('二次报销部分被视为大病补充保险，参保者无需缴纳多余费用。', 90)];
    const lead = newsLead(none, xs, '北京拟拨款3亿明年为11种大病患者提供二次报销')!;
    expect(lead[0]!.start).toBe(40);
    // a deck that echoes nothing of the headline stays the lead when no later opening sentence does better
    expect(newsLead(none, xs, '某地天气晴好')![0]!.start).toBe(0);
  });
  it('keeps the first sentence when it is the lead, and stops at the length budget', () => {
    const xs = [s('北京公共自行车服务系统前天正式启动试运营，首批2000辆投入使用。', 0), s('今年年底，北京市将建成2.5万辆公共自行车，并实现通存通取，方便市民出行。', 40), s('每辆公共自行车都有一个特定编号，车头安装了电子芯片，记录使用信息，以备查询。', 90), s('目前仅本地人可申办租车卡，外地人暂时不能办理，具体办法正在研究制定之中。', 140)];
    const lead = newsLead(none, xs, '北京公共自行车服务系统试运营')!;
    expect(lead[0]!.start).toBe(0);
    // one to two sentences: the budget (100 characters) stops before the third
    expect(lead.map((x) => x.start)).toEqual([0, 40]);
  });
  it('is not used for articles with headed sections or long ones', () => {
    expect(newsLead([{ heading: null, parent: null }, { heading: '一、综合', parent: null }], [s('全年生产总值增长5.3%，经济运行稳中向好。')])).toBeNull();
    expect(newsLead(none, Array.from({ length: 100 }, (_, i) => s('全市新增就业1.2万人，城镇调查失业率稳定在5%左右，居民收入稳步增长。', i * 40)))).toBeNull();
  });
});

describe('a section summary carries its figures', () => {
  it('picks the heaviest sentence with figures first, if there is one', () => {
    const ranked = [{ item: 0 }, { item: 1 }, { item: 2 }];
    const figures = [0, 0, 2];
    expect(figureFirst(ranked, (i) => figures[i]!)).toBe(2);
    expect(figureFirst(ranked, () => 0)).toBe(-1);
  });
});
