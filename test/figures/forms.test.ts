// The number reader's forms as a spec (issue 9): each form with the readings
// it must give and, beside them, the look-alikes it must leave alone.
// `all` cases go through --all (the number reader's own view: bare numbers too).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import type { Figure } from '../../src/types.js';

type Want = { text: string; value: number; unit: string | null; range?: [number | null, number | null]; discount?: boolean };
/** no: look-alikes, each with every figure --all must give for it ([text, value, unit]) */
type Form = { form: string; all?: boolean; yes: [string, Want][]; no?: [string, [string, number, string | null][]][] };

const w = (text: string, value: number, unit: string | null, range?: [number | null, number | null]): Want => ({ text, value, unit, ...(range ? { range } : {}) });

const FORMS: Form[] = [
  {
    form: 'Chinese decimals after any integer part',
    all: true,
    yes: [
      ['十点二三三', w('十点二三三', 10.233, null)], ['六万点三', w('六万点三', 60000.3, null)],
      ['两千万点五五四四', w('两千万点五五四四', 20000000.5544, null)], ['三千二百点零五', w('三千二百点零五', 3200.05, null)],
      ['百分之一百二十点五', w('百分之一百二十点五', 120.5, '%')], ['三十点五万', w('三十点五万', 305000, null)], ['两千点零', w('两千点零', 2000, null)],
    ],
    // a time of day is not a decimal
    no: [['十点二十分开会', []]],
  },
  {
    form: '成 (tenths) and 折 (discounts)',
    yes: [
      ['三成农户', w('三成', 30, '%')], ['七成六', w('七成六', 76, '%')], ['9.5成', w('9.5成', 95, '%')], ['三成半', w('三成半', 35, '%')],
      ['半成', w('半成', 5, '%')], ['全场九折', { ...w('九折', 90, '%'), discount: true }], ['五五折', { ...w('五五折', 55, '%'), discount: true }],
      ['三点一折', { ...w('三点一折', 31, '%'), discount: true }], ['２．１成', w('２．１成', 21, '%')],
      // half the price, written without a numeral
      ['全场打对折', { ...w('对折', 50, '%'), discount: true }], ['打對折', { ...w('對折', 50, '%'), discount: true }],
    ],
    // a word opening with 成 or 折 is no share: 5成员国 are five member states
    no: [['一成不变', []], ['一波三折', []], ['百折不挠', []], ['不折不扣', []], ['5成员国', [['5', 5, null]]], ['按3折合', [['3', 3, null]]], ['把纸对折起来', []]],
  },
  {
    form: 'fractions, mixed numbers and 半',
    all: true,
    yes: [
      ['三分之一', w('三分之一', 1 / 3, null)], ['千分之五', w('千分之五', 5, '‰')], ['万分之三', w('万分之三', 3, '‱')],
      ['百万分之五', w('百万分之五', 0.000005, null)], ['万万分之七', w('万万分之七', 7e-8, null)], ['二又三分之一', w('二又三分之一', 7 / 3, null)], ['负一又二分之一', w('负一又二分之一', -1.5, null)],
      ['一个半', w('一个半', 1.5, null)], ['两米半', w('两米半', 2.5, '米')], ['5斤半', w('5斤半', 5.5, '斤')], ['半百', w('半百', 50, null)],
    ],
    // 三分 is three minutes (a time), 半径 and 半岛 are words
    no: [['三分', []], ['半岛', []], ['3米半径', [['3米', 3, '米']]]],
  },
  {
    form: '两 as a number and as the weight unit; dozens',
    all: true,
    yes: [
      ['两千五', w('两千五', 2500, null)], ['四两', w('四两', 4, '两')], ['三十两', w('三十两', 30, '两')], ['两万两', w('两万两', 20000, '两')],
      ['两千两百贰拾二', w('两千两百贰拾二', 2222, null)], ['两千米', w('两千米', 2000, '米')], ['3千米', w('3千米', 3, '公里')], ['五斤六两', w('五斤六两', 5.6, '斤')], ['一米八', w('一米八', 1.8, '米')], ['一打', w('一打', 12, '个')], ['五十打', w('五十打', 600, '个')],
    ],
    // 一两 before a measure is one 两 of it
    no: [['两两相对', []], ['打了一两酒', [['一两', 1, '两']]], ['第一打造', []], ['建成3打造', [['3', 3, null]]]],
  },
  {
    form: 'money in sub-units',
    yes: [
      ['三元五角', w('三元五角', 3.5, '元')], ['三角五分', w('三角五分', 0.35, '元')], ['两毛五', w('两毛五', 0.25, '元')], ['壹佰捌拾壹圆柒角', w('壹佰捌拾壹圆柒角', 181.7, '元')], ['五元三毛', w('五元三毛', 5.3, '元')],
      ['3块5', w('3块5', 3.5, '元')], ['5万块', w('5万块', 50000, '元')], ['花了10块，', w('10块', 10, '元')], ['两块五毛', w('两块五毛', 2.5, '元')], ['RMB10', w('RMB10', 10, '元')], ['10RMB', w('10RMB', 10, '元')], ['壹佰壹拾壹圆整', w('壹佰壹拾壹圆整', 111, '元')], ['壹角', w('壹角', 0.1, '元')],
    ],
    // 块 counting pieces stays a count
    no: [['五角大楼', []], ['三角形', []], ['长三角地区', []], ['珠三角经济', []], ['宣传牌10块，', [['10块', 10, '块']]], ['一块蛋糕', [['一块', 1, '块']]]],
  },
  {
    form: 'Latin and symbol units, with or without a space; kilo suffix; scientific notation',
    all: true,
    yes: [
      ['身高168cm', w('168cm', 168, '厘米')], ['身高168 CM', w('168 CM', 168, '厘米')], ['500ml', w('500ml', 500, '毫升')], ['2.5kg', w('2.5kg', 2.5, '千克')],
      ['120m²', w('120m²', 120, '平方米')], ['日处理50t/d', w('50t/d', 50, '吨/日')], ['发电3.5kWh', w('3.5kWh', 3.5, '千瓦时')], ['15k', w('15k', 15000, null)],
      ['3.2K', w('3.2K', 3200, null)], ['2e5', w('2e5', 200000, null)], ['2.7890e-1', w('2.7890e-1', 0.2789, null)],
      ['光速3×10⁸米/秒', w('3×10⁸米/秒', 300000000, '米/秒')], ['1.5×10^8', w('1.5×10^8', 150000000, null)],
    ],
    // a letter after the unit makes it another word; 5G is a network
    no: [['5mgx', []], ['第5G代', []]],
  },
  {
    form: 'ages written as a duration and 大',
    yes: [['宝宝只有十个月大的时候', w('十个月大', 10, '个月')], ['已经三周大了', w('三周大', 3, '周')], ['满七周岁', w('七周岁', 7, '岁')]],
    // a duration before a word with 大 stays a duration (never a figure)
    no: [['下了两天大雨', []]],
  },
  {
    form: 'rates and prices: the compound is the unit',
    yes: [
      ['油价6.93元/升', w('6.93元/升', 6.93, '元/升')], ['2元/运次', w('2元/运次', 2, '元/运次')], ['8500元/平方米', w('8500元/平方米', 8500, '元/平方米')],
      ['1.2万元/亩', w('1.2万元/亩', 12000, '元/亩')], ['60公里/小时', w('60公里/小时', 60, '公里/小时')], ['３００元／吨', w('３００元／吨', 300, '元/吨')],
      ['60公里每小时', w('60公里每小时', 60, '公里/小时')], ['10m/s', w('10m/s', 10, '米/秒')],
    ],
  },
  {
    form: 'signs and a leading point',
    all: true,
    yes: [
      ['负5', w('负5', -5, null)], ['负 3,500,000', w('负 3,500,000', -3500000, null)], ['-2.5', w('-2.5', -2.5, null)],
      ['零下10度', w('零下10度', -10, '℃')], ['摄氏37度', w('摄氏37度', 37, '℃')], ['华氏98.6度', w('华氏98.6度', 98.6, '华氏度')], ['体温三十七度五', w('三十七度五', 37.5, '度')], ['.5', w('.5', 0.5, null)], ['-.5', w('-.5', -0.5, null)], ['百分之负三点八', w('百分之负三点八', -3.8, '%')],
      ['负的百分之十五', w('负的百分之十五', -15, '%')], ['负百分之点二八', w('负百分之点二八', -0.28, '%')],
    ],
    // 正负5 is ±5: no sign
    no: [['v.5版', []], ['－－9', [['9', 9, null]]], ['正负5', [['5', 5, null]]]],
  },
  {
    form: 'full width and spaces inside a number',
    all: true,
    yes: [
      ['４，５６５', w('４，５６５', 4565, null)], ['５０％', w('５０％', 50, '%')], ['近 300亿元', w('300亿元', 30000000000, '元')],
      ['1000  万', w('1000  万', 10000000, null)], ['7 万5 千4 百', w('7 万5 千4 百', 75400, null)], ['一百 五 十 二', w('一百 五 十 二', 152, null)],
      ['四百 点 五', w('四百 点 五', 400.5, null)], ['一百五十 个百分点', w('一百五十 个百分点', 150, '个百分点')],
    ],
    // 1,2,3 is a list, not 123; ASCII digits with a full-width comma are a list too
    no: [['分别为100，200', [['100', 100, null], ['200', 200, null]]]],
  },
  {
    form: 'Traditional numerals and counters',
    yes: [
      ['771戶', w('771戶', 771, '户')], ['78處', w('78處', 78, '处')], ['21個', w('21個', 21, '个')], ['3萬噸', w('3萬噸', 30000, '吨')],
      ['500畝', w('500畝', 500, '亩')], ['兩千萬元', w('兩千萬元', 20000000, '元')], ['負5%', w('負5%', -5, '%')], ['三點五個百分點', w('三點五個百分點', 3.5, '个百分点')],
    ],
  },
  {
    form: 'stacked and colloquial multipliers',
    all: true,
    yes: [
      ['10万万', w('10万万', 1000000000, null)], ['四万万', w('四万万', 400000000, null)], ['万五', w('万五', 15000, null)],
      ['三个亿', w('三个亿', 300000000, null)], ['一万三', w('一万三', 13000, null)],
    ],
    no: [['万万', []], ['万一', []], ['亿万群众', []]],
  },
  {
    form: 'approximate ranges and bounds',
    yes: [
      ['七八百人', w('七八百人', 700, '人', [700, 800])], ['六七十户', w('六七十户', 60, '户', [60, 70])], ['二三十万元', w('二三十万元', 200000, '元', [200000, 300000])],
      ['三到五万元', w('三到五万元', 30000, '元', [30000, 50000])], ['五到八千人', w('五到八千人', 5000, '人', [5000, 8000])], ['一到十个', w('一到十个', 1, '个', [1, 10])], ['3.2到3.45元', w('3.2到3.45元', 3.2, '元', [3.2, 3.45])],
      ['2.5m-4.8m', w('2.5m-4.8m', 2.5, '米', [2.5, 4.8])], ['五百人以上', w('五百人', 500, '人', [500, null])], ['超过300亿元', w('300亿元', 30000000000, '元', [30000000000, null])],
      ['至少5户', w('5户', 5, '户', [5, null])], ['不少于10人', w('10人', 10, '人', [10, null])], ['最多5公里', w('5公里', 5, '公里', [null, 5])],
      ['不超过3%', w('3%', 3, '%', [null, 3])], ['不到100人', w('100人', 100, '人', [null, 100])], ['50公里以内', w('50公里', 50, '公里', [null, 50])],
      ['130余篇', w('130余篇', 130, '篇', [130, null])], ['十几个村', w('十几个', 10, '个', [10, null])], ['三四个人', w('三四个', 3, '个', [3, 4])],
      ['一两个', w('一两个', 1, '个', [1, 2])], ['八九成', w('八九成', 80, '%', [80, 90])], ['三至五成', w('三至五成', 30, '%', [30, 50])],
      ['百分之二十到三十', w('百分之二十到三十', 20, '%', [20, 30])],
      // a negative approximate range still runs from low to high
      ['零下三四度', w('零下三四度', -3, '℃', [-4, -3])],
    ],
    // 余额 (a balance) after an amount is no "more than"
    // two neighbouring digits before 点 are digits (一二点三 = 12.3), and longer digit strings stay one number
    no: [['账户300万元余额', [['300万元', 3000000, '元']]], ['一二点三', [['一二点三', 12.3, null]]], ['一二三四', [['一二三四', 1234, null]]]],
  },
];

const NEGATIVES = ['一切', '统一', '四川', '万一', '一些', '五角大楼', '一律', '队伍', '登陆部队', '小明拾起石子', '一看就懂', '纪念五四运动', '陽光九九是食物品牌', '百货商店', '千里之外'];

const pick = (f: Figure) => ({
  text: f.text, value: f.value, unit: f.unit,
  ...(f.range ? { range: [f.range.min, f.range.max] as [number | null, number | null] } : {}),
  ...(f.discount ? { discount: true } : {}),
});

for (const { form, all, yes, no } of FORMS) {
  describe(form, () => {
    for (const [input, want] of yes) {
      it(`${input} → ${want.value}${want.unit ?? ''}`, () => {
        const figs = extractFigures(input, { all: all ?? false });
        const hit = figs.find((f) => f.text === want.text);
        expect(hit && pick(hit)).toEqual(want);
        if (Math.abs(want.value) < 1e15) expect(hit!.value).toBeCloseTo(want.value, 12);
      });
    }
    for (const [input, want] of no ?? []) {
      it(`${input}: not this form`, () => {
        expect(extractFigures(input, { all: true }).map((f) => [f.text, f.value, f.unit])).toEqual(want);
      });
    }
  });
}

describe('numerals inside words stay clean (with --all)', () => {
  for (const input of NEGATIVES) it(input, () => expect(extractFigures(input, { all: true })).toEqual([]));
});
