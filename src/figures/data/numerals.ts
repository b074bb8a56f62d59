// Numeral characters as Chinese text writes them: everyday, financial (大写)
// and traditional forms map to one table, so no rule is written twice.

/** digit characters → value */
export const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0], ['洞', 0],
  ['一', 1], ['壹', 1], ['幺', 1],
  ['二', 2], ['两', 2], ['兩', 2], ['贰', 2], ['貳', 2], ['貮', 2],
  ['三', 3], ['叁', 3], ['參', 3], ['弎', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** 廿 and 卅 are whole tens, read like 二十 / 三十 */
export const TENS: ReadonlyMap<string, number> = new Map([
  // (念, sometimes written for 廿, is left out: 纪念 and 想念 are far more common)
  ['廿', 20], ['卅', 30], ['卌', 40],
]);

/** units inside a section of four digits */
export const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10], ['什', 10],
  ['百', 100], ['佰', 100], ['陌', 100],
  ['千', 1000], ['仟', 1000], ['阡', 1000],
]);

/** section units: powers of ten thousand (兆 is read as 10^12 as in modern finance texts) */
export const BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['兆', 12],
]);

export const POINTS: ReadonlySet<string> = new Set(['点', '點']);
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['负', '負', '-', '−', '－', '﹣']);
export const PLUS_SIGNS: ReadonlySet<string> = new Set(['+', '＋', '正']);

/** approximate markers written inside a number: 130余, 10多万, 十几, 二十来 */
export const INNER_APPROX: ReadonlySet<string> = new Set(['余', '餘', '多', '几', '幾', '来']);
/** approximate prefixes that stand for one unit: 数十, 上千, 几百 */
export const LEADING_APPROX: ReadonlySet<string> = new Set(['数', '數', '上', '几', '幾']);

export const FRACTION_MARK = '分之';
/** 两 after a number is the weight unit (四两, 五斤六两), never a digit */
export const LIANG: ReadonlySet<string> = new Set(['两', '兩']);
/** SI-style suffixes written on Arabic numbers: 15k, 3.2K (M and G are left out: 5G is a network, 2M a speed) */
export const SI_SUFFIX: ReadonlyMap<string, number> = new Map([['k', 3], ['K', 3], ['ｋ', 3], ['Ｋ', 3]]);
/** financial (大写) numerals that are also ordinary characters (拾 pick up, 陆 land, 伍 team) */
export const FINANCIAL_DIGITS: ReadonlySet<string> = new Set(['壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟', '陌', '阡', '什']);
