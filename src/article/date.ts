// Calendar dates as written on Chinese pages → YYYY-MM-DD.
// 2020-01-31 6:43:28, 2020年1月31日, 2020/1/31, 2020.1.31, 二〇二〇年一月三十一日.

const ARABIC = /(\d{4})\s*(?:年|-|\/|\.|－)\s*(\d{1,2})\s*(?:月|-|\/|\.|－)\s*(\d{1,2})(?!\d)/;
// ○ (a white circle) and a full-width O often stand in for 〇 in typed text
const CHINESE = /([〇○Ｏ零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
// Taiwan's Republic of China years: 民国114年1月14日, 民國一百一十四年…, and the
// bare three-digit 114年1月14日 (no Western year has three digits in news),
// where nothing glues it to a word before (建校120年10月1日 is an age and a date)
const ROC = /民[国國]\s*(\d{1,3}|[一二三四五六七八九十百〇零]{1,6})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const ROC_BARE = /(?<![\d\u3400-\u9fff])(1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** ROC year 1 is 1912 */
const ROC_OFFSET = 1911;

const DIGIT: Record<string, number> = { 〇: 0, '○': 0, Ｏ: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseSmall(s: string): number {
  // 十 = 10, 十一 = 11, 二十 = 20, 三十一 = 31
  const ten = s.indexOf('十');
  if (ten < 0) return DIGIT[s] ?? NaN;
  const tens = ten === 0 ? 1 : (DIGIT[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (DIGIT[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}

/** a Chinese or Arabic number below 1000 (一百一十四, 十四, 114) */
function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return +s;
  const hundred = s.indexOf('百');
  if (hundred < 0) return chineseSmall(s);
  const h = hundred === 0 ? 1 : (DIGIT[s.slice(0, hundred)] ?? NaN);
  const rest = s.slice(hundred + 1).replace(/^[零〇]/, '');
  // 一百一十四 (114), 一百零五 (105), 一百 (100)
  return h * 100 + (rest ? chineseSmall(rest) : 0);
}

/**
 * The Western year of a Republic of China year as Taiwan writes it:
 * 民国114年 and 114年度 are 2025; null when the text is not such a year.
 */
export function rocYear(written: string): number | null {
  const m = /^(?:民[国國]\s*)?(\d{1,3}|[一二三四五六七八九十百〇零]{1,6})\s*年度?$/.exec(written.trim());
  if (!m) return null;
  if (!/^民/.test(written.trim()) && !/^1\d\d\s*年/.test(written.trim())) return null;
  const y = smallNumber(m[1]!);
  return y >= 1 && y <= 200 ? y + ROC_OFFSET : null;
}

function toFullWidthFree(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** UTF-16 index of the match in the input */
  index: number;
}

/** The first full calendar date in a (short) string, or null. */
export function findDate(input: string): FoundDate | null {
  const s = toFullWidthFree(input);
  const a = ARABIC.exec(s);
  const c = CHINESE.exec(s);
  const cands: FoundDate[] = [];
  if (a) {
    const v = iso(+a[1]!, +a[2]!, +a[3]!);
    if (v) cands.push({ iso: v, index: a.index });
  }
  if (c) {
    const y = +[...c[1]!].map((ch) => DIGIT[ch]).join('');
    const v = iso(y, chineseSmall(c[2]!), chineseSmall(c[3]!));
    if (v) cands.push({ iso: v, index: c.index });
  }
  const r = ROC.exec(s) ?? ROC_BARE.exec(s);
  if (r) {
    const v = iso(smallNumber(r[1]!) + ROC_OFFSET, smallNumber(r[2]!), smallNumber(r[3]!));
    if (v) cands.push({ iso: v, index: r.index });
  }
  cands.sort((x, y) => x.index - y.index);
  return cands[0] ?? null;
}

/** True when the line is essentially a date (and maybe a time): a dateline. */
export function isDateLine(line: string): boolean {
  const d = findDate(line);
  if (!d || d.index > 2) return false;
  const rest = toFullWidthFree(line).replace(ARABIC, '').replace(CHINESE, '').replace(ROC, '').replace(ROC_BARE, '');
  return /^[\s\d:：日年月星期一二三四五六天周()（）]*$/.test(rest);
}
