// Units as other texts write them, mapped to the same base units as
// units.ts so a figure reads the same however it is written: Latin letters and
// symbols (cm, kg, kWh, m²), Traditional characters (戶, 處, 噸, 畝, 個), and
// sub-units scaled into their main unit (角 = 0.1 元).
import type { FigureCategory } from '../../types.js';
import type { Decimal } from '../numbers/decimal.js';
import type { UnitDef } from './units.js';

const m = (base: string, category: FigureCategory, times?: Decimal): UnitDef =>
  times ? { base, category, kind: 'measure', times } : { base, category, kind: 'measure' };
const c = (base: string, category: FigureCategory, times?: Decimal): UnitDef =>
  times ? { base, category, kind: 'classifier', times } : { base, category, kind: 'classifier' };
const TIME: UnitDef = { base: 'time', category: 'other', kind: 'time' };
const TENTH: Decimal = { n: 1n, scale: 1 };

/** Latin and symbol units: matched only when no letter follows (5km is km, not m + k…) */
export const LATIN_UNITS: Readonly<Record<string, UnitDef>> = {
  mm: m('毫米', 'other'), cm: m('厘米', 'other'), m: m('米', 'other'), km: m('公里', 'other'),
  mg: m('毫克', 'quantity'), g: m('克', 'quantity'), kg: m('千克', 'quantity'), t: m('吨', 'quantity'),
  ml: m('毫升', 'quantity'), mL: m('毫升', 'quantity'), L: m('升', 'quantity'),
  'm²': m('平方米', 'area'), 'm2': m('平方米', 'area'), '㎡': m('平方米', 'area'), 'km²': m('平方公里', 'area'), ha: m('公顷', 'area'),
  'm³': m('立方米', 'quantity'), 'm3': m('立方米', 'quantity'),
  kWh: m('千瓦时', 'quantity'), MWh: m('兆瓦时', 'quantity'), GWh: m('吉瓦时', 'quantity'), kwh: m('千瓦时', 'quantity'),
  kV: m('千伏', 'other'), kw: m('千瓦', 'capacity'),
  // (an ASCII " after a number closes a quotation far more often than it means inches)
  '°': m('度', 'other'), '″': m('英寸', 'other'),
  RMB: m('元', 'money'), CNY: m('元', 'money'), USD: m('美元', 'money'), HKD: m('港元', 'money'), EUR: m('欧元', 'money'),
};
/** upper-case spellings of the same (168CM, 5KG) */
for (const k of ['mm', 'cm', 'km', 'mg', 'kg', 'ml']) (LATIN_UNITS as Record<string, UnitDef>)[k.toUpperCase()] = LATIN_UNITS[k]!;

/** the second half of a compound rate written in letters: t/d, m³/h */
export const LATIN_PER: Readonly<Record<string, string>> = { d: '日', h: '小时', s: '秒', a: '年', min: '分钟' };

export const WRITTEN_UNITS: Readonly<Record<string, UnitDef>> = {
  ...LATIN_UNITS,
  // money sub-units and forms
  圆: m('元', 'money'), 元整: m('元', 'money'), 圆整: m('元', 'money'), 元正: m('元', 'money'), 圆正: m('元', 'money'),
  美圆: m('美元', 'money'), 角: m('元', 'money', TENTH), 毛: m('元', 'money', TENTH), 毛钱: m('元', 'money', TENTH),
  美分: m('美元', 'money', { n: 1n, scale: 2 }), 瑞士法郎: m('瑞士法郎', 'money'), 奈拉: m('奈拉', 'money'), 比特币: m('比特币', 'money'),
  美刀: m('美元', 'money'), 卢比: m('卢比', 'money'), 泰铢: m('泰铢', 'money'), 新加坡元: m('新加坡元', 'money'),
  // weights and lengths in Chinese units
  两: m('两', 'quantity'), 兩: m('两', 'quantity'), 毫克: m('毫克', 'quantity'), 微克: m('微克', 'quantity'), 毫升: m('毫升', 'quantity'),
  公分: m('厘米', 'other'), 寸: m('寸', 'other'), 尺: m('尺', 'other'), 丈: m('丈', 'other'), 加仑: m('加仑', 'quantity'), 盎司: m('盎司', 'quantity'), 磅: m('磅', 'quantity'), 英寸: m('英寸', 'other'), 英尺: m('英尺', 'other'), 英里: m('英里', 'other'), 平方英尺: m('平方英尺', 'area'),
  瓦: m('瓦', 'capacity'), 伏: m('伏', 'other'), 兆瓦时: m('兆瓦时', 'quantity'), 吉瓦: m('吉瓦', 'capacity'), 万千瓦时: m('千瓦时', 'quantity', { n: 10000n, scale: 0 }),
  比特: m('比特', 'other'), 字节: m('字节', 'other'), 千字节: m('千字节', 'other'), 兆字节: m('兆字节', 'other'), 吉字节: m('吉字节', 'other'),
  华氏度: m('华氏度', 'other'), 周岁: m('岁', 'other'),
  // counting: a dozen is twelve; 双 counts pairs as pairs (对 is left out: 对外, 对于 follow numbers too)
  打: c('个', 'quantity', { n: 12n, scale: 0 }), 双: c('双', 'quantity'), 雙: c('双', 'quantity'),
  // Traditional forms of the counters and units in units.ts
  個: c('个', 'quantity'), 箇: c('个', 'quantity'), 延長米: m('延长米', 'other'), 標磚: m('标砖', 'quantity'), 標箱: m('标箱', 'quantity'), 戶: c('户', 'households'), 戶次: c('户次', 'households'), 處: c('处', 'facilities'),
  項: c('项', 'quantity'), 間: c('间', 'quantity'), 條: c('条', 'quantity'), 臺: c('台', 'quantity'), 輛: c('辆', 'quantity'),
  張: c('张', 'quantity'), 頭: c('头', 'quantity'), 隻: c('只', 'quantity'), 冊: c('册', 'quantity'), 種: c('种', 'quantity'),
  門: c('门', 'quantity'), 塊: c('块', 'quantity'), 棟: c('栋', 'facilities'), 場: c('场', 'events'), 輪: c('轮', 'events'),
  噸: m('吨', 'quantity'), 畝: m('亩', 'area'), 公頃: m('公顷', 'area'), 歲: m('岁', 'other'), 萬元: m('元', 'money', { n: 10000n, scale: 0 }),
  個百分點: m('个百分点', 'percent'), 個百分点: m('个百分点', 'percent'), 百分點: m('个百分点', 'percent'), 个百分點: m('个百分点', 'percent'),
  個月: TIME, 週: TIME, 週年: TIME, 時: TIME, 號: TIME, 屆: TIME, 級: TIME, 層: TIME, 樓: TIME, 點: TIME, 年度: TIME,
};

/** words that open with a unit character, so a number before them has no unit there:
 * 5成员国 (member states, not 50 %), 3打造 … */
export const UNIT_WORD_CLASHES = [
  '成员', '成本', '成果', '成效', '成为', '成立', '成功', '成熟', '成交', '成都', '成绩', '成品', '成人', '成年', '成长',
  '成型', '成片', '成套', '成批', '成倍', '成群', '成就', '成分', '成份', '成婚', '成家', '成器', '成像', '成材',
  '折合', '折旧', '折算', '折叠', '折射', '折腾', '折返', '折损',
  '打造', '打工', '打击', '打算', '打开', '打破', '打通', '打响', '打赢', '打好', '打牢', '打下', '打出', '打入', '打进',
  '打卡', '打折', '打扫', '打听', '打包', '打车', '打架', '打球', '打井', '打捞', '打拼', '打假', '打黑', '打印',
  '双方', '双向', '双边', '双重', '双赢', '双创', '双语', '双休', '双减', '双碳',
  '毛收入', '毛利', '毛病', '毛泽东', '角度', '角色', '角落', '角逐',
];
