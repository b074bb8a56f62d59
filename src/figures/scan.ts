// Finds every run of numeral characters in one linear pass (each character is
// looked at a bounded number of times), so no input can make it slow. The
// extractors then look only at the few characters around each run.
import { BIG_UNITS, DIGITS, INNER_APPROX, LEADING_APPROX, POINTS, SMALL_UNITS, TENS } from './data/numerals.js';
import { type ReadResult, readExact } from './numbers/read.js';
import { matchUnit } from './data/units.js';

export interface NumberToken {
  /** UTF-16 span of the number, multipliers and inner 余/多 included */
  start: number;
  end: number;
  raw: string;
  read: ReadResult;
  /** power of ten written as trailing multipliers (万 4, 亿 8, 万亿 12, 千万 7) — for ranges like 3至5亿 */
  multiplierExp: number;
  arabic: boolean;
  chinese: boolean;
}

const MAX_RUN = 48;

const isArabic = (c: string) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
const isChineseDigit = (c: string) => DIGITS.has(c) || TENS.has(c);
const isUnitChar = (c: string) => SMALL_UNITS.has(c) || BIG_UNITS.has(c);
const isCore = (c: string) => isArabic(c) || isChineseDigit(c) || isUnitChar(c);

/** length of the numeric run starting at i (0 if none) */
function runEnd(text: string, i: number): number {
  let j = i;
  // 数十, 上千, 几百: one approximate unit
  if (LEADING_APPROX.has(text[j] ?? '') && isUnitChar(text[j + 1] ?? '')) j++;
  if (!isCore(text[j] ?? '')) return i;
  while (j < text.length) {
    const c = text[j]!;
    if (isCore(c)) {
      // 34万千瓦, 5千克, 12个百分点: 千 / 百 opening a unit belongs to the unit
      if (j > i && SMALL_UNITS.has(c) && (matchUnit(text, j)?.length ?? 0) > 1) break;
      j++;
      continue;
    }
    const next = text[j + 1] ?? '';
    const prev = text[j - 1] ?? '';
    // 1,352: a separator between digits followed by exactly three digits
    if ((c === ',' || c === '，') && isArabic(prev) && isArabic(next)) {
      if (c === ',' && isArabic(text[j + 2] ?? '') && isArabic(text[j + 3] ?? '') && !isArabic(text[j + 4] ?? '')) {
        j++;
        continue;
      }
      break;
    }
    if ((c === '.' || c === '．') && isArabic(prev) && isArabic(next)) {
      j++;
      continue;
    }
    if (POINTS.has(c) && isChineseDigit(prev) && isChineseDigit(next)) {
      j++;
      continue;
    }
    // 三分之一, 百分之五
    if (c === '分' && next === '之' && isCore(text[j + 2] ?? '')) {
      j += 2;
      continue;
    }
    // 10多万, 十几万: an inner approximation followed by a multiplier
    if (INNER_APPROX.has(c) && (BIG_UNITS.has(next) || SMALL_UNITS.has(next))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function multiplierExp(raw: string): number {
  let e = 0;
  for (let k = raw.length - 1; k >= 0; k--) {
    const big = BIG_UNITS.get(raw[k]!);
    if (big !== undefined) e += big;
    else {
      // 千万, 百万: a small unit right before the trailing big ones
      const small = SMALL_UNITS.get(raw[k]!);
      if (small !== undefined && e > 0 && k > 0 && !isUnitChar(raw[k - 1]!)) e += Math.round(Math.log10(small));
      break;
    }
  }
  return e;
}

/** numeric runs of text[from, to) */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  let i = from;
  while (i < to) {
    const end = Math.min(runEnd(text, i), to);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i <= MAX_RUN) {
      const raw = text.slice(i, end);
      const read = readExact(raw);
      if (read) {
        let arabic = false;
        let chinese = false;
        for (const c of raw) {
          if (isArabic(c)) arabic = true;
          else if (isChineseDigit(c) || SMALL_UNITS.has(c)) chinese = true;
        }
        out.push({ start: i, end, raw, read, multiplierExp: multiplierExp(raw), arabic, chinese });
      }
    }
    i = end;
  }
  return out;
}
