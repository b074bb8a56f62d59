// Calendar dates as written on Chinese pages → YYYY-MM-DD.
// 2020-01-31 6:43:28, 2020年1月31日, 2020/1/31, 2020.1.31, 二〇二〇年一月三十一日.

const ARABIC = /(\d{4})\s*(?:年|-|\/|\.|－)\s*(\d{1,2})\s*(?:月|-|\/|\.|－)\s*(\d{1,2})(?!\d)/;
const CHINESE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseSmall(s: string): number {
  // 十 = 10, 十一 = 11, 二十 = 20, 三十一 = 31
  const ten = s.indexOf('十');
  if (ten < 0) return DIGIT[s] ?? NaN;
  const tens = ten === 0 ? 1 : (DIGIT[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (DIGIT[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
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
  cands.sort((x, y) => x.index - y.index);
  return cands[0] ?? null;
}

/** True when the line is essentially a date (and maybe a time): a dateline. */
export function isDateLine(line: string): boolean {
  const d = findDate(line);
  if (!d || d.index > 2) return false;
  const rest = toFullWidthFree(line).replace(ARABIC, '').replace(CHINESE, '');
  return /^[\s\d:：日年月星期一二三四五六天周()（）]*$/.test(rest);
}
