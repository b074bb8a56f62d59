// What may follow a number, as written → base unit, kind and category.
// Multipliers (万, 亿) belong to the number, so 万吨 is 万 + 吨 and 860万元 is
// 860万 + 元. The one unit → category table: refiners/category.ts only
// refines classifiers (个, 项, 处 …) by the noun they count.
import { indexWords, wordsAt, type WordIndex } from '../word-index.js';
import type { FigureCategory } from '../../types.js';
import type { Decimal } from '../numbers/decimal.js';
import { LATIN_UNITS, UNIT_WORD_CLASHES, WRITTEN_UNITS } from './units-written.js';
import { REGIONAL_CURRENCY_SIGNS, REGIONAL_CURRENCY_UNITS } from './currencies.js';

/**
 * measure — a physical or money amount; may take a bare multiplier (万吨, 亿元)
 * classifier — counts a noun (个, 项, 处); its category depends on that noun
 * time — a date, time, duration or position (2019年, 30日内, 3个月, 3楼, 二级): never a figure
 */
export type UnitKind = 'measure' | 'classifier' | 'time';

export interface UnitDef {
  base: string;
  category: FigureCategory;
  kind: UnitKind;
  /** value in the base unit per one of this unit (角 = 0.1 元, 打 = 12 个); 1 when absent */
  times?: Decimal;
}

const m = (base: string, category: FigureCategory): UnitDef => ({ base, category, kind: 'measure' });
const c = (base: string, category: FigureCategory): UnitDef => ({ base, category, kind: 'classifier' });
const TIME: UnitDef = { base: 'time', category: 'other', kind: 'time' };

const CORE_UNITS: Readonly<Record<string, UnitDef>> = {
  // money
  元: m('元', 'money'), 元人民币: m('元', 'money'), 人民币: m('元', 'money'), 块钱: m('元', 'money'),
  美元: m('美元', 'money'), 美金: m('美元', 'money'), 欧元: m('欧元', 'money'), 日元: m('日元', 'money'),
  港元: m('港元', 'money'), 港币: m('港元', 'money'), 英镑: m('英镑', 'money'), 韩元: m('韩元', 'money'),
  澳元: m('澳元', 'money'), 加元: m('加元', 'money'), 卢布: m('卢布', 'money'), 法郎: m('法郎', 'money'),
  台币: m('新台币', 'money'), 新台币: m('新台币', 'money'),
  ...REGIONAL_CURRENCY_UNITS,
  // households and people
  户: c('户', 'households'), 户次: c('户次', 'households'),
  人: c('人', 'people'), 人次: c('人次', 'people'), 口人: c('人', 'people'), 人口: c('人', 'people'), 名: c('名', 'people'), 位: c('位', 'people'),
  // counts
  个: c('个', 'quantity'), 项: c('项', 'quantity'), 处: c('处', 'facilities'), 座: c('座', 'facilities'),
  栋: c('栋', 'facilities'), 幢: c('幢', 'facilities'), 所: c('所', 'facilities'), 眼: c('眼', 'facilities'),
  口: c('口', 'quantity'), 家: c('家', 'quantity'), 间: c('间', 'quantity'), 条: c('条', 'quantity'),
  台: c('台', 'quantity'), 辆: c('辆', 'quantity'), 套: c('套', 'quantity'), 张: c('张', 'quantity'),
  头: c('头', 'quantity'), 只: c('只', 'quantity'), 匹: c('匹', 'quantity'), 株: c('株', 'quantity'),
  棵: c('棵', 'quantity'), 批: c('批', 'quantity'), 份: c('份', 'quantity'), 本: c('本', 'quantity'),
  册: c('册', 'quantity'), 篇: c('篇', 'quantity'), 部: c('部', 'quantity'), 架: c('架', 'quantity'),
  艘: c('艘', 'quantity'), 枚: c('枚', 'quantity'), 种: c('种', 'quantity'), 门: c('门', 'quantity'),
  支: c('支', 'quantity'), 块: c('块', 'quantity'), 标砖: m('标砖', 'quantity'), 标箱: m('标箱', 'quantity'),
  // events
  次: c('次', 'events'), 场: c('场', 'events'), 件: c('件', 'events'), 起: c('起', 'events'),
  期: c('期', 'events'), 趟: c('趟', 'events'), 架次: c('架次', 'events'), 轮: c('轮', 'events'),
  // physical amounts
  吨: m('吨', 'quantity'), 千克: m('千克', 'quantity'), 公斤: m('公斤', 'quantity'), 克: m('克', 'quantity'),
  斤: m('斤', 'quantity'), 升: m('升', 'quantity'), 立方米: m('立方米', 'quantity'), 立方: m('立方米', 'quantity'),
  千瓦时: m('千瓦时', 'quantity'), 度电: m('千瓦时', 'quantity'), 标准煤: m('吨标准煤', 'quantity'),
  千瓦: m('千瓦', 'capacity'), 兆瓦: m('兆瓦', 'capacity'), 千伏安: m('千伏安', 'capacity'),
  MW: m('兆瓦', 'capacity'), GW: m('吉瓦', 'capacity'), kW: m('千瓦', 'capacity'),
  千伏: m('千伏', 'other'), 度: m('度', 'other'), 摄氏度: m('℃', 'other'), '℃': m('℃', 'other'), '°C': m('℃', 'other'),
  // area
  亩: m('亩', 'area'), 公顷: m('公顷', 'area'), 平方米: m('平方米', 'area'), 平米: m('平方米', 'area'),
  平方公里: m('平方公里', 'area'), 平方千米: m('平方公里', 'area'),
  // length and other
  公里: m('公里', 'other'), 千米: m('公里', 'other'), 米: m('米', 'other'), 延长米: m('延长米', 'other'),
  厘米: m('厘米', 'other'), 毫米: m('毫米', 'other'), 海里: m('海里', 'other'), 倍: m('倍', 'other'),
  岁: m('岁', 'other'),
  // percent and points
  '%': m('%', 'percent'), '％': m('%', 'percent'), 个百分点: m('个百分点', 'percent'), 百分点: m('个百分点', 'percent'),
  '‰': m('‰', 'other'),
  // dates, times and durations: never figures
  年: TIME, 年度: TIME, 周年: TIME, 个月: TIME, 月: TIME, 月份: TIME, 日: TIME, 天: TIME, 号: TIME,
  时: TIME, 小时: TIME, 分钟: TIME, 分: TIME, 秒: TIME, 周: TIME, 季度: TIME, 世纪: TIME, 年代: TIME,
  届: TIME, 代: TIME, 级: TIME, 版: TIME, 楼: TIME, 点: TIME, 层: TIME,
};

export const UNITS: Readonly<Record<string, UnitDef>> = { ...WRITTEN_UNITS, ...CORE_UNITS };

/** money small units inside compound money: 五元三毛, 3块5 */
export const MONEY_SUBUNITS: Readonly<Record<string, number>> = { 角: 1, 毛: 1, 分: 2 };
/** the money units a compound may start with */
export const MONEY_MAIN = new Set(['元', '块', '圆']);

/** currency signs written before the number */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  '￥': '元', '¥': '元', '$': '美元', '＄': '美元', '€': '欧元', '£': '英镑', 'US$': '美元', 'HK$': '港元',
  RMB: '元', CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', GBP: '英镑', JPY: '日元',
  ...REGIONAL_CURRENCY_SIGNS,
};
/** currency words written before the number: 人民币50元 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = { 人民币: '元', 美元: '美元' };

/** tenths written after a number: a share (三成 = 30 %) or a discount (九折 = 90 % of the price) */
export const TENTHS_MARKS: Readonly<Record<string, 'share' | 'discount'>> = { 成: 'share', 折: 'discount' };

/** words right before a number that make a bare 块 money (花了10块, 卖5块): elsewhere 块 counts pieces */
export const KUAI_MONEY_BEFORE = ['花了', '花', '卖', '买', '售价', '价格', '只要', '才', '赚了', '赚', '挣了', '挣', '付了', '付', '值', '收费', '罚款', '工资', '月薪', '一共', '要价'];

/** scale words before a temperature in 度: 华氏温度98.6度 is Fahrenheit, 摄氏37度 Celsius */
export const FAHRENHEIT_BEFORE = ['华氏温度', '华氏', '華氏溫度', '華氏'];
export const CELSIUS_BEFORE = ['摄氏温度', '摄氏', '攝氏溫度', '攝氏'];
/** durations that, followed by 大, give a baby's or a child's age (十个月大, 三周大了) */
export const AGE_UNITS: ReadonlySet<string> = new Set(['个月', '個月', '周', '週', '天', '星期']);
/** what may follow that 大 (两天大雨 is a duration before a noun) */
export const AGE_ENDINGS: ReadonlySet<string> = new Set(['的', '了', '啊', '呢', '吧']);

/** units whose next place down may follow them: 一米八, 三十七度五 (a bare digit: ''), 五斤六两 (the digit then 两) */
export const TENTH_AFTER: Readonly<Record<string, string>> = { 米: '', 斤: '两', 度: '' };

/** range connectors between two numbers */
export const RANGE_MARKS = new Set(['至', '到', '-', '~', '～', '—', '－', '–']);
/** product marks: 2×34万千瓦 */
export const PRODUCT_MARKS = new Set(['×', 'x', 'X', '*', '＊', '✕']);

/** the letter units as a Set: \`w in LATIN_UNITS\` for every unit matched was a megamorphic look-up */
const LATIN_UNIT_SET: ReadonlySet<string> = new Set(Object.keys(LATIN_UNITS));

let unitIndex: WordIndex | null = null;
const units = () => (unitIndex ??= indexWords(Object.keys(UNITS)));

/** true when text[i] can open a unit (a quick filter before matchUnit) */
export function mayOpenUnit(text: string, i: number): boolean {
  return units().has(text.charCodeAt(i));
}

const LATIN_LETTER = /[A-Za-z]/;

/** the longest unit written at text[i], or null (tables built once, lazily);
 * a unit in letters is one only when no letter follows it (5 km, not 5 kmh…) */
let clashIndex: WordIndex | null = null;
const clashes = () => (clashIndex ??= indexWords(UNIT_WORD_CLASHES));

/** a word that merely opens with a unit character is written at text[i] (5成员国, 3打造) */
export function unitWordClash(text: string, i: number): boolean {
  const list = wordsAt(clashes(), text, i);
  if (list) for (const w of list) if (text.startsWith(w, i)) return true;
  return false;
}

export function matchUnit(text: string, i: number): string | null {
  const list = wordsAt(units(), text, i);
  if (!list) return null;
  if (unitWordClash(text, i)) return null;
  for (const w of list) {
    if (!text.startsWith(w, i)) continue;
    if (LATIN_UNIT_SET.has(w) && LATIN_LETTER.test(text[i + w.length] ?? '')) continue;
    return w;
  }
  return null;
}

export function isLatinUnit(w: string): boolean {
  return LATIN_UNIT_SET.has(w);
}
