// Time expressions that say which time a figure refers to (2019年, 1—7月,
// 一季度, 全年, 今年, 截至7月底, 十四五期间). Relative years are resolved
// against the article's date in refiners/period.ts.

const Y = '[0-9０-９]{4}年';
const M = '[0-9０-９]{1,2}';
const MONTHS = `${M}(?:[—\\-－–~～至到]${M})?月(?:份|底|末|初|中旬|上旬|下旬)?`;
const PART = '(?:上半年|下半年|全年|前三季度|前两季度|一季度|二季度|三季度|四季度|第[一二三四]季度|年底|年末|年初|底|末|初)';
const REL = '(?:今年|去年|明年|前年|当年|本年)';
const FIRST_MONTHS = '前[0-9０-９一二三四五六七八九十]{1,2}个月';
const PLAN = '[“"]?(?:十[一二三四五六七八九]五|[0-9]{2}五)[”"]?(?:期间|时期|末)';

/** one time expression; the first group is the whole period as it will be reported */
export const PERIOD = new RegExp(
  `((?:截至|截止|到)?(?:(?:${Y}|${REL})(?:${MONTHS}|${PART}|${FIRST_MONTHS})?|${FIRST_MONTHS}|${MONTHS}|${PART.replace('|底|末|初', '')}|目前|${PLAN}|过去(?:一|五|十)年|近(?:一|两|三|五|十)年)(?:以来)?)`,
  'g',
);

/** relative years and their offset from the article's year */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 前年: -2, 明年: 1 };
