// Words that make a number a bound rather than a point: 超过/至少/不少于 500 and
// 500以上 are lower bounds, 不超过/最多/不到 5 and 5以内 upper bounds. Matched
// with spaces taken out (小于 或 等于100), longest first.

// Traditional spellings are added from this map, so each word is written once
const TRADITIONAL: Readonly<Record<string, string>> = { 过: '過', 于: '於', 码: '碼', 内: '內', 余: '餘', 为: '為', 较: '較', 与: '與', 并: '並', 间: '間', 开: '開' };
const withTraditional = (words: string[]): string[] => {
  const out = new Set(words);
  for (const w of words) out.add([...w].map((c) => TRADITIONAL[c] ?? c).join(''));
  return [...out];
};

/** written before the number (an optional 了/是/有/为 may follow: 至少有10, 超过了80) */
export const LOWER_BEFORE = withTraditional([
  '大于等于', '大于或等于', '大于或者等于', '不小于', '不少于', '不低于', '不止', '至少', '起码', '最少', '最低', '大于',
  '多于', '高于', '超过', '超出', '逾', '≥', '>=', '>', '＞', '≧', '⩾',
]);
export const UPPER_BEFORE = withTraditional([
  '小于等于', '小于或等于', '小于或者等于', '不大于', '不超过', '不多于', '不高于', '至多', '最多', '最高', '小于', '少于',
  '低于', '不到', '不足', '≤', '<=', '<', '＜', '≦', '⩽',
]);
/** fillers between a bound word and its number */
export const BOUND_FILLERS = ['了', '是', '有', '为', '為'];
/** written after the number (and its unit) */
export const LOWER_AFTER = withTraditional(['或者以上', '或以上', '及以上', '以上', '或者更多', '或更多', '之上', '开外', '起', '多', '余']);
export const UPPER_AFTER = withTraditional(['或者以下', '或以下', '及以下', '以下', '之下', '以内', '或者更少', '或更少', '之内']);
/** 比 X 大 / 比 X 小: a comparison with the number */
export const MORE_THAN = new Set(['大', '高', '多', '长', '長', '重', '强', '強', '贵', '貴']);
export const LESS_THAN = new Set(['小', '低', '少', '短', '轻', '輕', '弱']);
/** approximate marks inside a number that mean "more than": 五百多, 130余, 十几万 */
export const MORE_MARKS = new Set(['多', '余', '餘', '几', '幾']);
/** between two bounds of one interval: 大于10并且小于20, 1000以上，1500以下 */
export const BOUND_JOINS = /^[\s，,、;；]*(?:并且|並且|而且|同时|同時|的同时|的同時|并|並|且|而|但|但是|又|和|与|與)?[\s，,、]*$/;
/** 20和30之间, 10000与20000间 */
export const BETWEEN_JOIN = /^[\s]*(?:和|与|與|跟|及|至|到)[\s]*$/;
export const BETWEEN_AFTER = /^[\s]*之?[间間]/;
/** the longest stretch of text looked at around a number for its bound words */
export const BOUND_LOOK = 10;
